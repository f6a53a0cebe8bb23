import { describe, expect, it } from 'vitest'
import { DroppedPaths } from './dropped-paths'

describe('DroppedPaths', () => {
  it('accepts exactly the files that were dropped, however the path is spelled', () => {
    const dropped = new DroppedPaths()
    expect(dropped.accepts('/home/u/scan.pdf')).toBe(false)
    expect(dropped.grant('/home/u/scan.pdf')).toBe(true)
    expect(dropped.accepts('/home/u/scan.pdf')).toBe(true)
    expect(dropped.accepts('/home/u/./docs/../scan.pdf')).toBe(true)
    expect(dropped.accepts('/home/u/other.pdf')).toBe(false)
    expect(dropped.accepts('scan.pdf')).toBe(false)
  })

  it('refuses what is not an absolute path', () => {
    const dropped = new DroppedPaths()
    for (const bad of ['', 'relative/x.pdf', 42, null, '/a\0b', `/${'x'.repeat(5000)}`]) {
      expect(dropped.grant(bad)).toBe(false)
    }
  })

  it('forgets the oldest drop after 256', () => {
    const dropped = new DroppedPaths()
    for (let i = 0; i < 257; i++) dropped.grant(`/d/${i}.png`)
    expect(dropped.accepts('/d/0.png')).toBe(false)
    expect(dropped.accepts('/d/1.png')).toBe(true)
    expect(dropped.accepts('/d/256.png')).toBe(true)
  })
})
