import type { z } from 'zod'
import { appContract } from './app'
import { certifyContract } from './certify'
import { dbContract } from './db'
import { filingContract } from './filing'
import { jobsContract } from './jobs'
import type { DomainSpec, MethodSpec } from './method'
import { notesContract } from './notes'
import { ocrContract } from './ocr'
import { settingsContract } from './settings'
import { signContract } from './sign'
import { signMarksContract } from './sign-marks'

/**
 * The whole contract between the renderer and main. Every transport (Electron IPC, the e2e
 * harness, the CLI's direct calls) is derived from this object, so names cannot drift.
 */
export const contract = {
  app: appContract,
  settings: settingsContract,
  db: dbContract,
  jobs: jobsContract,
  sign: signContract,
  signMarks: signMarksContract,
  certify: certifyContract,
  filing: filingContract,
  notes: notesContract,
  ocr: ocrContract,
} as const satisfies Readonly<Record<string, DomainSpec>>

export type Contract = typeof contract
export type DomainName = keyof Contract
export type MethodName<D extends DomainName> = keyof Contract[D] & string

/** `paperdesk:<domain>.<method>` for every method: a closed union, so a typo fails to compile. */
export type Channel = {
  [D in DomainName]: `paperdesk:${D}.${MethodName<D>}`
}[DomainName]

export function channelOf<D extends DomainName>(domain: D, name: MethodName<D>): Channel {
  return `paperdesk:${domain}.${name}` as Channel
}

export const domainNames = Object.keys(contract) as DomainName[]

/** Every method as `[domain, method, spec]`, in contract order. */
export function listMethods(): Array<[DomainName, string, MethodSpec]> {
  return domainNames.flatMap((domain) =>
    Object.entries(contract[domain] as DomainSpec).map(
      ([name, spec]) => [domain, name, spec] as [DomainName, string, MethodSpec],
    ),
  )
}

/** The contract's shape without schemas: what a transport needs to build `window.paperdesk`. */
export type ContractManifest = Record<string, string[]>
export function contractManifest(): ContractManifest {
  return Object.fromEntries(domainNames.map((d) => [d, Object.keys(contract[d])]))
}

export type InputOf<D extends DomainName, M extends MethodName<D>> =
  Contract[D][M] extends MethodSpec<infer I, z.ZodType> ? z.input<I> : never
/** The input as a service receives it: after zod parsing and defaults. */
export type ParsedInputOf<D extends DomainName, M extends MethodName<D>> =
  Contract[D][M] extends MethodSpec<infer I, z.ZodType> ? z.output<I> : never
export type OutputOf<D extends DomainName, M extends MethodName<D>> =
  Contract[D][M] extends MethodSpec<z.ZodType, infer O> ? z.output<O> : never

export * from './app'
export * from './db'
export * from './filing'
export * from './filing-flow'
export * from './filing-form'
export * from './filing-inspect'
export * from './jobs'
export * from './method'
export * from './notes'
export * from './notes-export'
export * from './ocr'
export * from './settings'
export * from './sign'
export * from './cross-seal'
export * from './sign-marks'
