import { describe, expect, it } from 'vitest'
import {
  DEFAULT_WINDOW_SIZE,
  restoreWindowPlacement,
  WindowStateSchema,
  type WindowState,
} from './window-state'

const primary = { x: 0, y: 0, width: 1920, height: 1040 }
const right = { x: 1920, y: 0, width: 1280, height: 984 }

const saved = (s: Partial<WindowState>): WindowState => ({
  x: 100,
  y: 80,
  width: 1000,
  height: 700,
  maximized: false,
  ...s,
})

describe('restoreWindowPlacement', () => {
  it('opens at the default size, centred, when nothing was saved', () => {
    expect(restoreWindowPlacement(undefined, [primary], primary)).toEqual({
      ...DEFAULT_WINDOW_SIZE,
      maximized: false,
    })
  })

  it('puts a window back exactly where it was when that is on screen', () => {
    expect(restoreWindowPlacement(saved({}), [primary, right], primary)).toEqual({
      x: 100,
      y: 80,
      width: 1000,
      height: 700,
      maximized: false,
    })
    expect(
      restoreWindowPlacement(saved({ x: 2000, y: 50, maximized: true }), [primary, right], primary),
    ).toEqual({
      x: 2000,
      y: 50,
      width: 1000,
      height: 700,
      maximized: true,
    })
  })

  it('centres on the primary display a window whose display is gone', () => {
    const placement = restoreWindowPlacement(saved({ x: 2000, y: 50 }), [primary], primary)
    expect(placement).toEqual({ width: 1000, height: 700, maximized: false })
    expect(placement.x).toBeUndefined()
  })

  it('treats a window with only a sliver on screen as off-screen', () => {
    const placement = restoreWindowPlacement(saved({ x: 1900, y: 50 }), [primary], primary)
    expect(placement.x).toBeUndefined()
    expect(placement.y).toBeUndefined()
  })

  it('pulls a partly off-screen window fully onto the display it overlaps most', () => {
    expect(restoreWindowPlacement(saved({ x: 1500, y: -200 }), [primary], primary)).toEqual({
      x: 920,
      y: 0,
      width: 1000,
      height: 700,
      maximized: false,
    })
  })

  it('shrinks a window larger than its display to fit', () => {
    expect(
      restoreWindowPlacement(saved({ x: 1950, y: 0, width: 3000, height: 2000 }), [primary, right], primary),
    ).toEqual({ x: 1920, y: 0, width: 1280, height: 984, maximized: false })
  })

  it('keeps the display offsets of a monitor left of or above the primary', () => {
    const left = { x: -1440, y: -300, width: 1440, height: 900 }
    expect(restoreWindowPlacement(saved({ x: -1300, y: -250 }), [primary, left], primary)).toMatchObject({
      x: -1300,
      y: -250,
    })
  })
})

describe('WindowStateSchema', () => {
  it('rejects what a corrupt settings row might hold', () => {
    expect(WindowStateSchema.safeParse({ x: 1, y: 2, width: -5, height: 3, maximized: false }).success).toBe(
      false,
    )
    expect(WindowStateSchema.safeParse({ x: '1', y: 2, width: 5, height: 3, maximized: false }).success).toBe(
      false,
    )
    expect(WindowStateSchema.safeParse(saved({})).success).toBe(true)
  })
})
