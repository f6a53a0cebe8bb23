import type { DomainName, InputOf, MethodName, OutputOf, ParsedInputOf } from './contract'
import type { ErrorEnvelope } from './errors'

type Call<I, O> = [I] extends [undefined] ? () => Promise<O> : (input: I) => Promise<O>

/** `window.paperdesk`: one async function per contract method, typed from the schemas. */
export type PaperdeskApi = {
  [D in DomainName]: { [M in MethodName<D>]: Call<InputOf<D, M>, OutputOf<D, M>> }
}

/** What main implements for each method: receives the parsed input, returns the output. */
export type Services = {
  [D in DomainName]: {
    [M in MethodName<D>]: (input: ParsedInputOf<D, M>) => OutputOf<D, M> | Promise<OutputOf<D, M>>
  }
}

/** What a failed `window.paperdesk` call rejects with (a plain object, see build-api.ts). */
export type PaperdeskCallError = ErrorEnvelope
