import { resolve } from 'node:path'
import type { ValueKind } from '../../main/core/filing/filing-door'
import type { InspectResult } from '../../shared/contract/filing-inspect'
import { fillPlaceholders } from '../../shared/app-error'
import { requiredOption, stringOption, UsageError, type CliCommand, type CommandContext } from '../command'
import { outPath, overwriteOption } from '../out-path'

// Top level stays light: `filing inspect` must start fast (it never opens the database), so the
// Filing door and the contract's schemas are imported inside each command's run.

const door = () => import('../../main/core/filing/filing-door')

/** The Filing door on the data folder. */
async function filingDoor(ctx: CommandContext) {
  return (await ctx.core()).doors.filing
}

/** The contract's filing schemas and the check the app's calls get: options are checked the same way. */
async function contract() {
  const [{ filingContract }, { checkInput }] = await Promise.all([
    import('../../shared/contract/filing'),
    import('../../shared/contract/check-input'),
  ])
  return { methods: filingContract, checkInput }
}

function filingId(text: string | undefined): number {
  const id = Number(text)
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`not a filing id: ${text}`)
  return id
}

function inspectText(
  r: InspectResult,
  warn: (code: string, values: Record<string, string | number>) => string,
): string {
  const lines = [
    `${r.file.name}: ${r.kind} (${r.platform})`,
    ...(r.packageName ? [`package: ${r.packageName}`] : []),
    ...(r.versionName || r.versionCode ? [`version: ${r.versionName ?? '?'} (${r.versionCode ?? '?'})`] : []),
    ...(r.schemes.length ? [`signing schemes: ${r.schemes.join(', ')}`] : []),
  ]
  r.certificates.forEach((c, i) => {
    lines.push(
      `certificate #${i + 1} (${c.sources.join(', ')}): ${c.subject}`,
      `  issuer: ${c.issuer}`,
      `  serial: ${c.serial}   valid: ${c.notBefore} – ${c.notAfter}`,
      `  MD5:     ${c.md5}`,
      `  SHA-1:   ${c.sha1}`,
      `  SHA-256: ${c.sha256}`,
      `  public key: ${c.publicKey.algorithm} ${c.publicKey.bits ?? ''} bits${c.publicKey.exponent ? `, exponent ${c.publicKey.exponent}` : ''}${c.publicKey.curve ? `, ${c.publicKey.curve}` : ''}`,
      ...(c.publicKey.modulusHex ? [`  modulus (hex): ${c.publicKey.modulusHex}`] : []),
      `  SPKI SHA-256: ${c.publicKey.spkiSha256}`,
    )
  })
  for (const w of r.warnings) lines.push(`${w.severity}: ${warn(w.code, w.values)}`)
  return lines.join('\n')
}

/** `paperdesk filing …`: inspect apps and certificates, check values, keep filings. */
export const filingCommands: readonly CliCommand[] = [
  {
    words: ['filing', 'inspect'],
    args: 'FILE',
    minArgs: 1,
    maxArgs: 1,
    summary:
      'read the APP特征信息 (package, version, signing schemes, certificates) from an APK, IPA or certificate',
    async run({ args }) {
      // Only the English warnings, not every string of the app: this command is run in scripts.
      const [{ inspectFile }, { filingWarningsEn }] = await Promise.all([
        door(),
        import('../../shared/i18n/en/filing-reasons'),
      ])
      const result = await inspectFile(resolve(args[0] as string))
      const warnings: Readonly<Record<string, string>> = filingWarningsEn
      const warn = (code: string, values: Record<string, string | number>) =>
        fillPlaceholders(warnings[code] ?? `filing.warnings.${code}`, values)
      const value = {
        ...result,
        warnings: result.warnings.map((w) => ({ ...w, message: warn(w.code, w.values) })),
      }
      return { value, text: inspectText(result, warn) }
    },
  },
  {
    words: ['filing', 'validate'],
    args: 'VALUE',
    minArgs: 1,
    maxArgs: 1,
    options: {
      kind: {
        type: 'string',
        value: '--kind K',
        help: 'id | uscc | mobile | email | domain | ip | filing-number',
      },
    },
    summary: 'check one value as the filing form does; exit 1 if it is invalid',
    async run({ args, options }) {
      const { validateValue, valueKinds } = await door()
      const kind = requiredOption(options, 'kind')
      const kinds = await valueKinds()
      if (!(kinds as readonly string[]).includes(kind))
        throw new UsageError(`--kind must be one of ${kinds.join(', ')}`)
      const verdict = await validateValue(kind as ValueKind, args[0] as string)
      const text = verdict.valid
        ? [`valid: ${verdict.normalized}`, ...verdict.warnings.map((w) => `warning: ${w.message}`)].join('\n')
        : `invalid: ${verdict.message}`
      return { value: verdict, text, exitCode: verdict.valid ? 0 : 1 }
    },
  },
  {
    words: ['filing', 'new'],
    maxArgs: 0,
    options: {
      provider: { type: 'string', required: true, value: 'P', help: 'aliyun | tencent | huawei | wechat' },
      'app-name': { type: 'string', required: true, value: 'NAME', help: 'the app’s name as filed' },
      type: {
        type: 'string',
        value: '--type T',
        help: 'first (default) | new-service | new-access | change | cancel-service | cancel-subject | cancel-access',
      },
      province: {
        type: 'string',
        value: '--province P',
        help: 'province code, abbreviation or name (11, 京, 北京, Beijing)',
      },
    },
    summary: 'start a filing with its provider’s steps',
    async run(ctx) {
      const wanted = stringOption(ctx.options, 'province') ?? ''
      const province = await (await door()).findProvince(wanted)
      if (wanted && !province) throw new UsageError(`unknown province ${wanted}`)
      const { methods, checkInput } = await contract()
      const filing = checkInput(methods.create.input, {
        appName: requiredOption(ctx.options, 'app-name'),
        provider: requiredOption(ctx.options, 'provider'),
        filingType: stringOption(ctx.options, 'type') ?? 'first',
        province: province ?? '',
      })
      const id = await (await filingDoor(ctx)).create(filing)
      return { value: { id }, text: `Created filing ${id}` }
    },
  },
  {
    words: ['filing', 'list'],
    maxArgs: 0,
    summary: 'list every filing, most pressing first, with what is due next',
    async run(ctx) {
      const rows = await (await filingDoor(ctx)).list()
      const text = rows.length
        ? rows
            .map(
              (r) =>
                `${r.id}\t${r.status}\t${r.provider}\t${r.appName}\tnext: ${r.due.kind}${r.due.at || r.due.latest ? ` by ${r.due.at ?? r.due.latest}` : ''}`,
            )
            .join('\n')
        : 'No filings yet.'
      return { value: rows, text }
    },
  },
  {
    words: ['filing', 'show'],
    args: 'ID',
    minArgs: 1,
    maxArgs: 1,
    summary: 'everything about one filing (steps, form, issues, materials) as JSON',
    async run(ctx) {
      const detail = await (await filingDoor(ctx)).detail(filingId(ctx.args[0]))
      return { value: detail, text: JSON.stringify(detail, null, 2) }
    },
  },
  {
    words: ['filing', 'step'],
    args: 'ID STEP_KEY',
    minArgs: 2,
    maxArgs: 2,
    options: {
      status: { type: 'string', value: '--status S', help: 'todo | doing | done' },
      note: { type: 'string', value: '--note TEXT', help: 'a note kept with the step' },
    },
    summary: 'mark a step todo, doing or done (the filing’s status follows)',
    async run(ctx) {
      const status = stringOption(ctx.options, 'status')
      const note = stringOption(ctx.options, 'note')
      if (!status && note === undefined) throw new UsageError('give --status and/or --note')
      const { methods, checkInput } = await contract()
      const step = checkInput(methods.setStep.input, {
        id: filingId(ctx.args[0]),
        step: ctx.args[1],
        ...(status ? { status } : {}),
        ...(note !== undefined ? { note } : {}),
      })
      const detail = await (await filingDoor(ctx)).setStep(step.id, step.step, step.status, step.note)
      return { value: detail, text: `Filing ${ctx.args[0]} is now ${detail.status}` }
    },
  },
  {
    words: ['filing', 'export'],
    args: 'ID',
    minArgs: 1,
    maxArgs: 1,
    options: {
      out: { type: 'string', required: true, value: 'FILE', help: 'the PDF to write' },
      ...overwriteOption,
      unmasked: { type: 'boolean', help: 'print ID numbers and phones in full' },
      checklist: { type: 'boolean', help: 'only the materials checklist' },
      locale: { type: 'string', value: '--locale L', help: 'zh-CN (default) | en' },
    },
    summary: 'print the filing summary sheet (or the materials checklist) to a PDF',
    async run(ctx) {
      const out = await outPath(ctx)
      const locale = stringOption(ctx.options, 'locale') ?? 'zh-CN'
      if (locale !== 'zh-CN' && locale !== 'en') throw new UsageError('--locale must be zh-CN or en')
      const made = await (
        await filingDoor(ctx)
      ).exportPdf(filingId(ctx.args[0]), {
        path: out,
        locale,
        masked: ctx.options['unmasked'] !== true,
        what: ctx.options['checklist'] === true ? 'checklist' : 'summary',
      })
      return { value: made, text: `Wrote ${made.path} (${made.bytes} bytes)` }
    },
  },
]
