import { z } from 'zod'
import { parsePageSpec } from '../format/page-choice'

// The cross-page seal (骑缝章) as a signing request carries it, and the page-choice text every
// side writes pages in. Apart from sign.ts so the marks domain (sign-marks.ts) can build on both.

/** `all`, `first`, `last` or pages and ranges such as `1-4,9` (see shared/format/page-choice). */
export const PageSpecSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((spec) => parsePageSpec(spec) !== null, 'pages such as 1-4,9, all, first or last')

export const sealEdges = ['right', 'left'] as const
export const SealEdgeSchema = z.enum(sealEdges)

/**
 * A seal split across the edges of many pages: each page shows its own strip, flush with the
 * edge, at the same height; side by side the strips make the whole seal.
 */
export const CrossSealSchema = z
  .object({
    /** A seal (or any mark) from the library. */
    sealId: z.number().int().positive(),
    edge: SealEdgeSchema.default('right'),
    /** The seal's vertical centre, as a fraction of the page height. */
    y: z.number().finite().min(0).max(1).default(0.5),
    /** The whole seal's width, as a fraction of the first chosen page's width. */
    width: z.number().finite().gt(0).max(1).default(0.12),
    pages: PageSpecSchema.default('all'),
  })
  .strict()
export type CrossSeal = z.input<typeof CrossSealSchema>
export type CheckedCrossSeal = z.output<typeof CrossSealSchema>
