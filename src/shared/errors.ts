import { z } from 'zod'
import { errorCodes, type ErrorEnvelope } from './app-error'

export * from './app-error'

export const ErrorCodeSchema = z.enum(errorCodes)

/** What crosses a transport when a call fails: never a stack trace. */
export const ErrorEnvelopeSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  details: z.unknown().optional(),
})

// The schema and app-error.ts's interface are one type; this fails to compile if they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const envelopeTypesAgree: Same<z.infer<typeof ErrorEnvelopeSchema>, ErrorEnvelope> = true
void envelopeTypesAgree

export function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  return ErrorEnvelopeSchema.safeParse(value).success
}
