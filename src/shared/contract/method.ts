import { z } from 'zod'

/** One contract method: what it accepts and what it returns, both as zod schemas. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I
  readonly output: O
}

export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> {
  return { input, output }
}

/** Input schema of a method that takes nothing: the call is `api.domain.method()`. */
export const noInput = z.undefined()

export type DomainSpec = Readonly<Record<string, MethodSpec>>
