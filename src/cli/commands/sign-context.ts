import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { CommandContext } from '../command'

/** The Sign door (signatures, signing, identities, trust, verify) on the data folder. */
export async function signDoor(ctx: CommandContext) {
  return (await ctx.core()).doors.sign
}

/** `ID|FILE`: a stored item's id (digits, and no file of that name here), or a file. */
export function idOrPath(value: string): { id: number } | { path: string } {
  return /^\d+$/.test(value) && !existsSync(value) ? { id: Number(value) } : { path: resolve(value) }
}
