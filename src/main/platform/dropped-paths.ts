import { isAbsolute, resolve } from 'node:path'

/** How many dropped files are remembered; the oldest is forgotten first (a drop is used at once). */
const REMEMBERED = 256

/**
 * The files the user dropped on the window, as the preload reported them. A path the renderer
 * names is read only if it is here: script in the page cannot make a File with a real path, so it
 * cannot make main read a file the user did not hand over.
 */
export class DroppedPaths {
  private readonly granted = new Set<string>()

  /** Remembers a dropped file; false for anything that is not an absolute path. */
  grant(path: unknown): boolean {
    if (typeof path !== 'string' || path.length === 0 || path.length > 4096 || !isAbsolute(path)) return false
    if (path.includes('\0')) return false
    const key = resolve(path)
    this.granted.delete(key)
    this.granted.add(key)
    if (this.granted.size > REMEMBERED) {
      const oldest = this.granted.values().next().value
      if (oldest !== undefined) this.granted.delete(oldest)
    }
    return true
  }

  accepts(path: string): boolean {
    return isAbsolute(path) && this.granted.has(resolve(path))
  }
}
