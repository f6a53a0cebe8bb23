import { resolve } from 'node:path'
import type { CrossSealChoice } from '../../main/core/sign/sign-door'
import { parsePageSpec, type PageChoice } from '../../shared/format/page-choice'
import {
  numberOption,
  requiredOption,
  stringOption,
  UsageError,
  type CliCommand,
  type CommandContext,
  type OptionSpec,
} from '../command'
import { checked, signDoor } from './sign-context'

// Marks for Chinese paperwork from the command line: a seal lifted from a photo, a mark made of
// text, and the cross-page seal (骑缝章) options `sign pdf` takes.

/** `--pages 1-4,9`, `all`, `first` or `last`: the rule the app and the contract use. */
export function pageChoice(spec: string, option = 'pages'): PageChoice {
  const choice = parsePageSpec(spec)
  if (!choice) throw new UsageError(`--${option} ${spec}: use pages such as 1-4,9, all, first or last`)
  return choice
}

/** `sign pdf`'s cross-page seal options. */
export const crossSealOptions: Record<string, OptionSpec> = {
  'cross-page-seal': {
    type: 'string',
    value: 'ID',
    help: 'a saved seal split across the page edges (骑缝章); alone, --y, --width and --pages place it',
  },
  edge: { type: 'string', value: 'E', help: 'the edge the seal straddles: right (default) or left' },
  'seal-y': {
    type: 'string',
    value: 'Y',
    help: "with --signature: seal's centre, fraction of the height (0.5)",
  },
  'seal-width': {
    type: 'string',
    value: 'W',
    help: "with --signature: seal's width, fraction of the width (0.12)",
  },
  'seal-pages': { type: 'string', value: 'P', help: 'with --signature: pages the seal spans (default all)' },
}

/**
 * The cross-page seal the options ask for, checked as the app's request is; undefined without
 * --cross-page-seal. With no --signature, --y, --width and --pages are the seal's.
 */
export async function crossSealFrom(ctx: CommandContext): Promise<CrossSealChoice | undefined> {
  const id = stringOption(ctx.options, 'cross-page-seal')
  if (id === undefined) return undefined
  if (!/^\d+$/.test(id)) throw new UsageError('--cross-page-seal needs a saved seal id')
  const alone = stringOption(ctx.options, 'signature') === undefined
  const name = (own: string) => (alone ? own : `seal-${own}`)
  const pages = stringOption(ctx.options, name('pages')) ?? 'all'
  pageChoice(pages, name('pages'))
  const edge = stringOption(ctx.options, 'edge') ?? 'right'
  if (edge !== 'right' && edge !== 'left') throw new UsageError('--edge must be right or left')
  const y = numberOption(ctx.options, name('y'))
  const width = numberOption(ctx.options, name('width'))
  return checked((c) => c.CrossSealSchema, {
    sealId: Number(id),
    edge,
    pages,
    ...(y === undefined ? {} : { y }),
    ...(width === undefined ? {} : { width }),
  })
}

export const signMarkCommands: readonly CliCommand[] = [
  {
    words: ['sign', 'seal', 'import'],
    args: 'PHOTO',
    minArgs: 1,
    maxArgs: 1,
    options: {
      name: { type: 'string', required: true, value: 'N', help: 'name shown in the library' },
      hue: { type: 'string', value: 'DEG', help: "the seal ink's hue, 0 = red (default 0)" },
      threshold: {
        type: 'string',
        value: 'T',
        help: 'how strongly coloured ink must be, 10–200 (default 60)',
      },
    },
    summary: 'lift a red seal from a photo or scan and keep it in the library as a seal',
    async run(ctx) {
      const name = await checked((c) => c.SignatureNameSchema, requiredOption(ctx.options, 'name'))
      const hue = numberOption(ctx.options, 'hue')
      const threshold = numberOption(ctx.options, 'threshold')
      const options = await checked((c) => c.SealOptionsSchema, {
        ...(hue === undefined ? {} : { hue }),
        ...(threshold === undefined ? {} : { threshold }),
      })
      const saved = await (await signDoor(ctx)).importSeal(resolve(ctx.args[0] as string), name, options)
      return { value: { id: saved.id }, text: `Saved seal ${saved.id} (${saved.name})` }
    },
  },
  {
    words: ['sign', 'text'],
    maxArgs: 0,
    options: {
      text: { type: 'string', required: true, value: 'TEXT', help: 'one line, e.g. 王晓明, 同意, 已核对' },
      name: { type: 'string', value: 'N', help: 'name shown in the library (default: the text)' },
      color: { type: 'string', value: '#RRGGBB', help: 'ink colour (default #1f1f1f)' },
    },
    summary: 'make a mark of text, drawn from the bundled font, and keep it in the library',
    async run(ctx) {
      const given = stringOption(ctx.options, 'name')
      const name = given === undefined ? undefined : await checked((c) => c.SignatureNameSchema, given)
      const raw = stringOption(ctx.options, 'color')
      const color = raw === undefined ? undefined : await checked((c) => c.InkColorSchema, raw)
      const saved = await (await signDoor(ctx)).saveTextMark(requiredOption(ctx.options, 'text'), name, color)
      return { value: { id: saved.id }, text: `Saved text mark ${saved.id} (${saved.name})` }
    },
  },
]
