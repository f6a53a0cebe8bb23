import { resolve } from 'node:path'
import type { SignatureSource, Where } from '../../main/core/sign/sign-door'
import type { SignRecord, StampFormat } from '../../shared/contract/sign'
import { stampFormats } from '../../shared/contract/sign-values'
import {
  numberOption,
  requiredOption,
  stringOption,
  UsageError,
  type CliCommand,
  type CommandContext,
  type OptionSpec,
} from '../command'
import { certifyOptions, certifyRequest } from './certify'
import { checked, idOrPath, signDoor } from './sign-context'
import { crossSealFrom, crossSealOptions, pageChoice } from './sign-marks'
import { outPath, overwriteOption } from '../out-path'

// The Sign door loads sharp and pdf-lib when a command runs, so other commands stay fast.
const door = () => import('../../main/core/sign/sign-door')

function signatureSource(ctx: CommandContext): SignatureSource {
  const source = idOrPath(requiredOption(ctx.options, 'signature'))
  return 'id' in source ? source : { file: source.path }
}

/** The output format `--out` names; `image` allows images too. */
async function outputFormat(out: string, image: boolean) {
  const format = (await door()).formatFromPath(out)
  if (!format || (!image && format !== 'pdf'))
    throw new UsageError(image ? '--out must end in .jpg, .png or .pdf' : '--out must end in .pdf')
  return format
}

const placementOptions: Record<string, OptionSpec> = {
  signature: {
    type: 'string',
    required: true,
    value: 'ID|FILE',
    help: 'a saved signature id, or a .svg/.png/.json (toData) file',
  },
  x: {
    type: 'string',
    required: true,
    value: 'X',
    help: "signature's left edge, fraction of the page width from the left",
  },
  y: {
    type: 'string',
    required: true,
    value: 'Y',
    help: "signature's top edge, fraction of the page height from the top",
  },
  width: {
    type: 'string',
    required: true,
    value: 'W',
    help: "signature's width, fraction of the page width (height follows)",
  },
  rotate: { type: 'string', value: 'DEG', help: 'turn the signature clockwise about its centre' },
  opacity: { type: 'string', value: 'O', help: 'opacity from 0.05 to 1 (default 1)' },
  date: { type: 'boolean', help: "print today's date under the signature" },
  'date-format': {
    type: 'string',
    value: 'F',
    help: `date format: ${stampFormats.join(', ')} (default iso)`,
  },
  label: { type: 'string', value: 'TEXT', help: 'text before the date, e.g. "Signed:"' },
}

function fraction(ctx: CommandContext, name: string): number {
  const value = numberOption(ctx.options, name)
  if (value === undefined) throw new UsageError(`--${name} is required`)
  return value
}

/** Checks a placement's values (ranges, the label's length) and the JPEG quality as the app's are. */
async function checkedPlacement(where: Where, quality = 90): Promise<Where> {
  await checked((c) => c.OutputOptionsSchema.pick({ quality: true }), { quality })
  const {
    page: _page,
    signatureId: _id,
    ...checkedWhere
  } = await checked((c) => c.PlacementSchema, {
    ...where,
    page: 0,
    signatureId: 1,
  })
  return checkedWhere
}

/** The placement the options describe, without page or signature. */
export function placementFrom(ctx: CommandContext): Where {
  const format = stringOption(ctx.options, 'date-format') ?? 'iso'
  if (!(stampFormats as readonly string[]).includes(format))
    throw new UsageError(`--date-format must be one of ${stampFormats.join(', ')}`)
  const label = stringOption(ctx.options, 'label')
  const stamped = ctx.options['date'] === true || label !== undefined
  return {
    x: fraction(ctx, 'x'),
    y: fraction(ctx, 'y'),
    width: fraction(ctx, 'width'),
    rotate: numberOption(ctx.options, 'rotate') ?? 0,
    opacity: numberOption(ctx.options, 'opacity') ?? 1,
    ...(stamped
      ? {
          stamp: { format: format as StampFormat, label: label ?? '', dateOff: ctx.options['date'] !== true },
        }
      : {}),
  }
}

function recordText(r: SignRecord): string {
  const sigs = [...new Set(r.placements.map((p) => p.signatureName))].join(', ')
  return `#${r.id} ${r.createdAt}  ${r.inputName} → ${r.outputPath}  [${r.outputFormat}, ${r.pageCount} page(s), ${sigs}]\n  in  ${r.inputSha256}\n  out ${r.outputSha256}`
}

export const signCommands: readonly CliCommand[] = [
  {
    words: ['sign', 'save-signature'],
    maxArgs: 0,
    options: {
      name: { type: 'string', required: true, value: 'N', help: 'name shown in the library' },
      svg: { type: 'string', value: 'F', help: 'an SVG drawing of the signature' },
      png: { type: 'string', value: 'F', help: 'a transparent PNG of the signature' },
      strokes: { type: 'string', value: 'F', help: "signature_pad's toData() JSON" },
    },
    summary: 'add a signature to the library from an SVG, a PNG or signature_pad strokes',
    async run(ctx) {
      const name = requiredOption(ctx.options, 'name')
      const given = (['svg', 'png', 'strokes'] as const).filter(
        (k) => stringOption(ctx.options, k) !== undefined,
      )
      if (given.length !== 1) throw new UsageError('give exactly one of --svg, --png, --strokes')
      const kind = given[0] as 'svg' | 'png' | 'strokes'
      const path = resolve(requiredOption(ctx.options, kind))
      const saved = await (await signDoor(ctx)).saveSignatureFile(name, kind, path)
      return { value: { id: saved.id }, text: `Saved signature ${saved.id} (${saved.name})` }
    },
  },
  {
    words: ['sign', 'list-signatures'],
    maxArgs: 0,
    summary: 'list the signatures in the library',
    async run(ctx) {
      const list = await (await signDoor(ctx)).listSignatures()
      const text = list
        .map(
          (s) =>
            `${s.id}\t${s.name}\t${s.kind}${s.isDefault ? '\t(default)' : ''}${s.role === 'seal' ? '\t(seal)' : ''}`,
        )
        .join('\n')
      return { value: list, text: text || 'No signatures yet.' }
    },
  },
  {
    words: ['sign', 'image'],
    maxArgs: 0,
    options: {
      background: { type: 'string', required: true, value: 'IN', help: 'the scan or photo to sign' },
      ...placementOptions,
      out: {
        type: 'string',
        required: true,
        value: 'OUT',
        help: 'the signed copy; .jpg, .png or .pdf picks the format',
      },
      ...overwriteOption,
      quality: { type: 'string', value: 'Q', help: 'JPEG quality 1–100 (default 90)' },
    },
    summary: 'sign an image at its full resolution',
    async run(ctx) {
      const where = placementFrom(ctx)
      const output = await outPath(ctx)
      const format = await outputFormat(output, true)
      const quality = numberOption(ctx.options, 'quality') ?? 90
      const placement = await checkedPlacement(where, quality)
      const record = await (
        await signDoor(ctx)
      ).signFile({
        input: resolve(requiredOption(ctx.options, 'background')),
        output,
        format,
        signature: signatureSource(ctx),
        placement,
        pages: 'first',
        quality,
        flatten: false,
        origin: 'cli',
      })
      return { value: record, text: `Signed ${record.inputName} → ${record.outputPath}` }
    },
  },
  {
    words: ['sign', 'pdf'],
    maxArgs: 0,
    options: {
      in: { type: 'string', required: true, value: 'IN', help: 'the PDF to sign' },
      pages: { type: 'string', value: 'P', help: 'pages: 1-4,9, all, first or last (default last)' },
      // Optional here: a cross-page seal may be placed alone.
      ...Object.fromEntries(
        Object.entries(placementOptions).map(([name, spec]) => [name, { ...spec, required: false }]),
      ),
      ...crossSealOptions,
      flatten: { type: 'boolean', help: 'flatten form fields into the pages' },
      out: { type: 'string', required: true, value: 'OUT', help: 'the signed PDF' },
      ...overwriteOption,
      ...certifyOptions,
    },
    summary:
      'sign pages of a PDF with vector signatures, a cross-page seal (骑缝章) and/or a cryptographic signature',
    async run(ctx) {
      const crossSeal = await crossSealFrom(ctx)
      const signed = stringOption(ctx.options, 'signature') !== undefined
      if (!signed && !crossSeal) throw new UsageError('--signature (or --cross-page-seal) is required')
      const where = signed ? placementFrom(ctx) : undefined
      const certify = await certifyRequest(ctx)
      const output = await outPath(ctx)
      const format = await outputFormat(output, false)
      const pages = pageChoice(stringOption(ctx.options, 'pages') ?? 'last')
      const placement = where
        ? await checkedPlacement(where)
        : { x: 0, y: 0, width: 1, rotate: 0, opacity: 1 }
      const record = await (
        await signDoor(ctx)
      ).signFile({
        input: resolve(requiredOption(ctx.options, 'in')),
        output,
        format,
        ...(signed ? { signature: signatureSource(ctx) } : {}),
        ...(crossSeal ? { crossSeal } : {}),
        placement,
        pages,
        quality: 90,
        flatten: ctx.options['flatten'] === true,
        origin: 'cli',
        ...(certify ? { certify } : {}),
      })
      return { value: record, text: `Signed ${record.inputName} → ${record.outputPath}` }
    },
  },
  {
    words: ['sign', 'batch'],
    args: 'FILE...',
    minArgs: 1,
    options: {
      ...placementOptions,
      pages: { type: 'string', value: 'P', help: 'PDF pages: first, last or all (default last)' },
      quality: { type: 'string', value: 'Q', help: 'JPEG quality 1–100 (default 90)' },
      'out-dir': {
        type: 'string',
        required: true,
        value: 'DIR',
        help: 'folder for the signed copies (NAME-signed.EXT)',
      },
    },
    summary: 'sign many files with the same signature at the same relative place',
    async run(ctx) {
      const pages = stringOption(ctx.options, 'pages') ?? 'last'
      if (pages !== 'first' && pages !== 'last' && pages !== 'all')
        throw new UsageError('--pages must be first, last or all')
      const quality = numberOption(ctx.options, 'quality') ?? 90
      const placement = await checkedPlacement(placementFrom(ctx), quality)
      const result = await (
        await signDoor(ctx)
      ).signBatch(
        {
          files: ctx.args.map((f) => resolve(f)),
          outDir: resolve(requiredOption(ctx.options, 'out-dir')),
          signature: signatureSource(ctx),
          placement,
          pages,
          quality,
          origin: 'cli',
        },
        {
          signal: new AbortController().signal,
          progress: (done, total, label) =>
            label && !ctx.json ? ctx.io.stderr(`[${done + 1}/${total}] ${label}`) : undefined,
        },
      )
      const failed = result.items.filter((i) => i.error)
      const text = result.items
        .map((i) => (i.error ? `FAILED ${i.input}: ${i.error.message}` : `${i.input} → ${i.output}`))
        .join('\n')
      return { value: result, text, exitCode: failed.length > 0 ? 1 : 0 }
    },
  },
  {
    words: ['sign', 'history'],
    maxArgs: 0,
    options: { limit: { type: 'string', value: 'N', help: 'show only the newest N records' } },
    summary: 'the audit trail of signed outputs, newest first',
    async run(ctx) {
      const limit = numberOption(ctx.options, 'limit')
      const records = (await signDoor(ctx)).history(limit)
      return { value: records, text: records.map(recordText).join('\n') || 'Nothing signed yet.' }
    },
  },
]
