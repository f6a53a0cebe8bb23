import type { z } from 'zod'
import { AppError } from '../app-error'

/**
 * Checks a contract method's input against its schema: the one rule every transport applies before
 * a door runs (the app's `dispatch`, the CLI once it has parsed its arguments). A bad input is a
 * VALIDATION error listing each issue; nothing has run yet.
 */
export function checkInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const input = schema.safeParse(raw)
  if (input.success) return input.data
  const issues = input.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')
  throw new AppError('VALIDATION', summary, { issues })
}
