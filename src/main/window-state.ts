import { z } from 'zod'

/** The settings key main keeps the window's last size and place under. */
export const WINDOW_STATE_KEY = 'window.state'

export const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
})
export type WindowState = z.infer<typeof WindowStateSchema>

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowPlacement {
  width: number
  height: number
  /** Absent: let the OS centre the window. */
  x?: number
  y?: number
  maximized: boolean
}

export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 800 }
export const MIN_WINDOW_SIZE = { width: 720, height: 480 }
/** How much of a saved window must still overlap a display for us to put it back there. */
const MIN_VISIBLE = { width: 120, height: 60 }

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max))
}

function fitSize(size: { width: number; height: number }, area: Rect): { width: number; height: number } {
  return {
    width: Math.min(Math.max(size.width, MIN_WINDOW_SIZE.width), area.width),
    height: Math.min(Math.max(size.height, MIN_WINDOW_SIZE.height), area.height),
  }
}

/**
 * Where to open the window, given what was saved and the displays' work areas now. A window that
 * was on a display that is gone (or is mostly off-screen) is centred on the primary display;
 * otherwise it is put back, shrunk and moved just enough to lie wholly on the display it overlaps most.
 */
export function restoreWindowPlacement(
  saved: WindowState | undefined,
  workAreas: readonly Rect[],
  primaryWorkArea: Rect,
): WindowPlacement {
  if (!saved) return { ...fitSize(DEFAULT_WINDOW_SIZE, primaryWorkArea), maximized: false }
  let best: { area: Rect; score: number } | null = null
  for (const area of workAreas) {
    const o = overlap(saved, area)
    if (o.width < MIN_VISIBLE.width || o.height < MIN_VISIBLE.height) continue
    const score = o.width * o.height
    if (!best || score > best.score) best = { area, score }
  }
  if (!best) return { ...fitSize(saved, primaryWorkArea), maximized: saved.maximized }
  const { area } = best
  const size = fitSize(saved, area)
  return {
    ...size,
    x: clamp(saved.x, area.x, area.x + area.width - size.width),
    y: clamp(saved.y, area.y, area.y + area.height - size.height),
    maximized: saved.maximized,
  }
}
