import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { CertifySource } from '../../main/core/sign/sign-door'
import type { Identity, SignatureReport, VerifyReport } from '../../shared/contract/certify'
import {
  keyAlgorithms,
  MIN_PASSPHRASE_LENGTH,
  passphraseTooShort,
} from '../../shared/contract/certify-values'
import {
  numberOption,
  requiredOption,
  stringOption,
  UsageError,
  type CliCommand,
  type CommandContext,
  type OptionSpec,
} from '../command'
import { checked, idOrPath, signDoor } from './sign-context'
import { outPath, overwriteOption } from '../out-path'

// Key generation, PKCS#12 and pdf-lib load behind the Sign door when a command runs.

/** A password file's text without its final line break. */
async function readPasswordFile(path: string): Promise<string> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new UsageError(`cannot read the password file ${path}`)
  }
  return text.replace(/\r?\n$/, '')
}

const passwordFile: OptionSpec = {
  type: 'string',
  value: 'F',
  help: 'a file holding the password (its first line); never typed on the command line',
}

/** The options `sign pdf` takes for a cryptographic signature. */
export const certifyOptions: Record<string, OptionSpec> = {
  certify: {
    type: 'string',
    value: 'ID|FILE.p12',
    help: 'also sign cryptographically: an identity id or a .p12',
  },
  'password-file': passwordFile,
  reason: { type: 'string', value: 'R', help: 'reason shown by PDF readers' },
  location: { type: 'string', value: 'L', help: 'location shown by PDF readers' },
  contact: { type: 'string', value: 'C', help: 'contact shown by PDF readers' },
  cades: {
    type: 'boolean',
    help: 'write an ETSI.CAdES.detached (PAdES) signature instead of adbe.pkcs7.detached',
  },
  'allow-expired': { type: 'boolean', help: 'sign even though the certificate has expired' },
}

/** Who signs with `sign pdf --certify ID|FILE.p12`, password read from its file; undefined without it. */
export async function certifyRequest(ctx: CommandContext): Promise<CertifySource | undefined> {
  const certify = stringOption(ctx.options, 'certify')
  if (certify === undefined) return undefined
  const password = await readPasswordFile(requiredOption(ctx.options, 'password-file'))
  const fields = {
    subFilter:
      ctx.options['cades'] === true ? ('ETSI.CAdES.detached' as const) : ('adbe.pkcs7.detached' as const),
    allowExpired: ctx.options['allow-expired'] === true,
    ...pick(ctx, ['reason', 'location', 'contact']),
  }
  const source = idOrPath(certify)
  const {
    identityId,
    passphrase: _none,
    ...details
  } = await checked((c) => c.CertifyRequestSchema, {
    ...fields,
    identityId: 'id' in source ? source.id : 1,
  })
  return 'id' in source
    ? { ...details, identityId, passphrase: password }
    : { ...details, p12: source.path, password }
}

function pick(ctx: CommandContext, names: string[]): Record<string, string> {
  const picked: Record<string, string> = {}
  for (const name of names) {
    const value = stringOption(ctx.options, name)
    if (value) picked[name] = value
  }
  return picked
}

function idArg(ctx: CommandContext): number {
  const id = Number(ctx.args[0])
  if (!Number.isInteger(id) || id < 1) throw new UsageError(`${ctx.args[0]} is not an identity id`)
  return id
}

const identityText = (i: Identity) =>
  `${i.id}\t${i.subject}\t${i.keyAlgorithm}\tvalid to ${i.notAfter.slice(0, 10)}${i.expired ? ' (EXPIRED)' : ''}\t${i.source}`

function signatureText(s: SignatureReport, n: number): string {
  const verdict = s.valid ? (s.trusted ? 'valid, trusted' : 'valid, not trusted') : 'INVALID'
  const after =
    s.appended === 'nothing'
      ? 'covers the whole file'
      : s.appended === 'signatures'
        ? 'later signatures were added after it'
        : 'the file was CHANGED after it was signed'
  return [
    `Signature ${n + 1}${s.fieldName ? ` (${s.fieldName})` : ''}: ${verdict}`,
    `  signer   ${s.signer}`,
    `  issuer   ${s.issuer}`,
    `  signed   ${s.signedAt ?? 'unknown time'}  ${s.subFilter}, ${s.digestAlgorithm} with ${s.signatureAlgorithm}`,
    `  ${after}${s.selfSigned ? '; self-signed certificate' : ''}${s.validAtSigning ? '' : '; certificate NOT valid at signing time'}`,
    ...(s.problem ? [`  problem  ${s.problem}`] : []),
    ...(s.record ? [`  made here: audit record #${s.record.id} (${s.record.createdAt})`] : []),
  ].join('\n')
}

/** The report without certificate bytes (JSON stays readable). */
const plainReport = (r: VerifyReport) => ({
  ...r,
  signatures: r.signatures.map((s) => ({ ...s, chain: s.chain.map(({ der: _der, ...c }) => c) })),
})

export const certifyCommands: readonly CliCommand[] = [
  {
    words: ['sign', 'identity', 'new'],
    maxArgs: 0,
    options: {
      name: { type: 'string', required: true, value: 'N', help: 'your name as signer (the certificate CN)' },
      org: { type: 'string', value: 'O', help: 'organisation' },
      email: { type: 'string', value: 'E', help: 'e-mail address' },
      days: { type: 'string', value: 'D', help: 'days the certificate is valid (default 1095)' },
      algorithm: {
        type: 'string',
        value: 'A',
        help: `key type: ${keyAlgorithms.join(', ')} (default rsa-2048)`,
      },
      'password-file': {
        ...passwordFile,
        required: true,
        help: 'a file holding the passphrase that protects the key',
      },
    },
    summary: 'create a self-signed signing identity (certificate and encrypted key)',
    async run(ctx) {
      const algorithm = stringOption(ctx.options, 'algorithm') ?? 'rsa-2048'
      if (!(keyAlgorithms as readonly string[]).includes(algorithm))
        throw new UsageError(`--algorithm must be one of ${keyAlgorithms.join(', ')}`)
      const request = {
        commonName: requiredOption(ctx.options, 'name'),
        organization: stringOption(ctx.options, 'org'),
        email: stringOption(ctx.options, 'email'),
        days: numberOption(ctx.options, 'days') ?? 1095,
        algorithm: algorithm as (typeof keyAlgorithms)[number],
        passphrase: await readPasswordFile(requiredOption(ctx.options, 'password-file')),
      }
      // Before the schema: its issue list is not a message for people.
      if (request.passphrase.length < MIN_PASSPHRASE_LENGTH) throw passphraseTooShort()
      const identity = await (
        await signDoor(ctx)
      ).createIdentity(await checked((c) => c.NewIdentitySchema, request))
      return { value: { id: identity.id }, text: `Created identity ${identity.id}: ${identity.subject}` }
    },
  },
  {
    words: ['sign', 'identity', 'import'],
    args: 'FILE.p12',
    minArgs: 1,
    maxArgs: 1,
    options: {
      'password-file': {
        ...passwordFile,
        required: true,
        help: "a file holding the .p12's password (also protects the key here)",
      },
    },
    summary: 'import a signing identity from a .p12/.pfx',
    async run(ctx) {
      const password = await readPasswordFile(requiredOption(ctx.options, 'password-file'))
      const identity = await (await signDoor(ctx)).importIdentity(resolve(ctx.args[0] as string), password)
      return { value: { id: identity.id }, text: `Imported identity ${identity.id}: ${identity.subject}` }
    },
  },
  {
    words: ['sign', 'identity', 'list'],
    maxArgs: 0,
    summary: 'list the signing identities',
    async run(ctx) {
      const list = (await signDoor(ctx)).listIdentities()
      return { value: list, text: list.map(identityText).join('\n') || 'No signing identities yet.' }
    },
  },
  {
    words: ['sign', 'identity', 'export-cert'],
    args: 'ID',
    minArgs: 1,
    maxArgs: 1,
    options: {
      out: { type: 'string', required: true, value: 'F.cer', help: 'where to write the certificate (DER)' },
      ...overwriteOption,
    },
    summary: "write an identity's certificate (never its key) as .cer",
    async run(ctx) {
      const out = await outPath(ctx)
      const id = idArg(ctx)
      await (await signDoor(ctx)).exportCertificate(id, out)
      return { value: { path: out }, text: `Wrote ${out}` }
    },
  },
  {
    words: ['sign', 'identity', 'delete'],
    args: 'ID',
    minArgs: 1,
    maxArgs: 1,
    summary: 'delete a signing identity and its key',
    async run(ctx) {
      const id = idArg(ctx)
      const deleted = (await signDoor(ctx)).deleteIdentity(id)
      return {
        value: { deleted },
        text: deleted ? 'Deleted.' : 'No such identity.',
        exitCode: deleted ? 0 : 1,
      }
    },
  },
  {
    words: ['sign', 'verify'],
    args: 'FILE.pdf',
    minArgs: 1,
    maxArgs: 1,
    summary:
      'check every signature of a PDF; exit 0 only if there is one, all are valid and nothing but signatures was added after any',
    async run(ctx) {
      const report = await (await signDoor(ctx)).verifyPdf(resolve(ctx.args[0] as string))
      const ok =
        report.signatures.length > 0 && report.signatures.every((s) => s.valid && s.appended !== 'changes')
      const text = report.signatures.map(signatureText).join('\n') || `${report.name} has no signatures.`
      return { value: plainReport(report), text, exitCode: ok ? 0 : 1 }
    },
  },
  {
    words: ['sign', 'trust', 'add'],
    args: 'FILE.cer|ID',
    minArgs: 1,
    maxArgs: 1,
    summary: 'trust a certificate (a file, or an identity\'s): signatures chaining to it are "trusted"',
    async run(ctx) {
      const source = idOrPath(ctx.args[0] as string)
      const added = await (
        await signDoor(ctx)
      ).trust('id' in source ? { identityId: source.id } : { file: source.path })
      return { value: added, text: `Trusted ${added.subject} (${added.sha256})` }
    },
  },
  {
    words: ['sign', 'trust', 'list'],
    maxArgs: 0,
    summary: 'list the trusted certificates',
    async run(ctx) {
      const list = (await signDoor(ctx)).listTrusted()
      return {
        value: list,
        text: list.map((t) => `${t.sha256}\t${t.subject}`).join('\n') || 'No trusted certificates.',
      }
    },
  },
  {
    words: ['sign', 'trust', 'remove'],
    args: 'SHA256',
    minArgs: 1,
    maxArgs: 1,
    summary: 'stop trusting a certificate',
    async run(ctx) {
      const removed = (await signDoor(ctx)).untrust(ctx.args[0] as string)
      return {
        value: { removed },
        text: removed ? 'Removed.' : 'Not trusted anyway.',
        exitCode: removed ? 0 : 1,
      }
    },
  },
]
