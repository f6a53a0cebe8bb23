import type { Services } from '../../../shared/api'
import { contract, type DomainName } from '../../../shared/contract'
import { checkInput } from '../../../shared/contract/check-input'
import type { DomainSpec, MethodSpec } from '../../../shared/contract/method'
import { AppError, type CallResult } from '../../../shared/errors'

const CHANNEL = /^paperdesk:([a-z][A-Za-z]*)\.([a-z][A-Za-z]*)$/

export function findMethod(channel: string): { domain: DomainName; name: string; spec: MethodSpec } | null {
  const match = CHANNEL.exec(channel)
  if (!match) return null
  const [, domain, name] = match as unknown as [string, string, string]
  if (!Object.hasOwn(contract, domain)) return null
  const specs = contract[domain as DomainName] as DomainSpec
  if (!Object.hasOwn(specs, name)) return null
  return { domain: domain as DomainName, name, spec: specs[name] as MethodSpec }
}

/**
 * The one entry point every transport uses: validates the input against the contract before any
 * work, runs the service, and turns every failure into an error envelope without a stack trace.
 */
export async function dispatch(
  services: Services,
  channel: string,
  rawInput: unknown,
  log: (message: string, error: unknown) => void = (m, e) => console.error(m, e),
): Promise<CallResult<unknown>> {
  const found = findMethod(channel)
  if (!found) return fail(new AppError('UNKNOWN_METHOD', String(channel).slice(0, 100)))
  let input: unknown
  try {
    input = checkInput(found.spec.input, rawInput)
  } catch (error) {
    return fail(error as AppError)
  }
  try {
    const impl = (services[found.domain] as Record<string, (input: unknown) => unknown>)[found.name]
    if (!impl) return fail(new AppError('UNKNOWN_METHOD', channel))
    const value = await impl(input)
    const output = found.spec.output.safeParse(value)
    if (!output.success) {
      log(`${channel} returned a value outside its contract`, output.error)
      return fail(new AppError('INTERNAL', 'unexpected result'))
    }
    return { ok: true, value: output.data }
  } catch (error) {
    if (error instanceof AppError) return fail(error)
    log(`${channel} failed`, error)
    return fail(new AppError('INTERNAL', 'unexpected error'))
  }
}

function fail(error: AppError): CallResult<never> {
  return { ok: false, error: error.toEnvelope() }
}
