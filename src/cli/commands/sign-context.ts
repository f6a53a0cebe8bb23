import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ZodType } from 'zod'
import type * as CertifyContract from '../../shared/contract/certify'
import type * as CrossSealContract from '../../shared/contract/cross-seal'
import type * as SignContract from '../../shared/contract/sign'
import type { CommandContext } from '../command'

type Contract = typeof SignContract & typeof CertifyContract & typeof CrossSealContract

/** The Sign door (signatures, signing, identities, trust, verify) on the data folder. */
export async function signDoor(ctx: CommandContext) {
  return (await ctx.core()).doors.sign
}

/**
 * Checks option values against the contract's schema, as the app's calls are checked before any
 * work: a bad value is a VALIDATION error naming it. Loads the schema library only now.
 */
export async function checked<T>(schema: (contract: Contract) => ZodType<T>, value: unknown): Promise<T> {
  const [sign, certify, cross, { checkInput }] = await Promise.all([
    import('../../shared/contract/sign'),
    import('../../shared/contract/certify'),
    import('../../shared/contract/cross-seal'),
    import('../../shared/contract/check-input'),
  ])
  return checkInput(schema({ ...sign, ...certify, ...cross }), value)
}

/** `ID|FILE`: a stored item's id (digits, and no file of that name here), or a file. */
export function idOrPath(value: string): { id: number } | { path: string } {
  return /^\d+$/.test(value) && !existsSync(value) ? { id: Number(value) } : { path: resolve(value) }
}
