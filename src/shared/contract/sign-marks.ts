import { z } from 'zod'
import { CrossSealSchema } from './cross-seal'
import { method, noInput } from './method'
import {
  BatchResultSchema,
  InkColorSchema,
  PaperPhotoSchema,
  SealOptionsSchema,
  SignatureNameSchema,
  SignatureSchema,
} from './sign'

// Marks for Chinese paperwork beside the signature library: red seals (公章, 合同专用章) lifted from
// a photo, and marks made of text (王晓明, 同意, 已核对) drawn from the bundled font's outlines.
// The cross-page seal itself is part of `sign.exportDocument` (see cross-seal.ts).

const TokenSchema = z.string().min(1).max(100)
/** One line of text; the core names any character the font lacks, and refuses more than 60. */
export const MarkTextSchema = z.string().max(200)

/** A text's outlines for a live preview, in em × 1000 with the baseline at y = 0 (y down). */
export const TextOutlineSchema = z.object({
  viewBox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  paths: z.array(z.object({ d: z.string(), fill: z.string() })),
})
export type TextOutline = z.infer<typeof TextOutlineSchema>

export const signMarksContract = {
  /** Asks for a photo or scan of a seal; null if cancelled. */
  openSealPhoto: method(noInput, PaperPhotoSchema.nullable()),
  /** Live preview URL path of the lifted seal for a hue and threshold (`sign-seal/<token>/…`). */
  sealPreviewPath: method(
    z.object({ token: TokenSchema, seal: SealOptionsSchema }).strict(),
    z.object({ path: z.string() }),
  ),
  /** Lifts the seal at full resolution and keeps it in the library, marked as a seal. */
  saveSeal: method(
    z.object({ token: TokenSchema, name: SignatureNameSchema, seal: SealOptionsSchema }).strict(),
    SignatureSchema,
  ),
  /** Keeps a mark made of text in the library; named by its text unless a name is given. */
  saveTextMark: method(
    z
      .object({
        text: MarkTextSchema,
        name: SignatureNameSchema.optional(),
        color: InkColorSchema.optional(),
      })
      .strict(),
    SignatureSchema,
  ),
  /** The outlines a text mark would be drawn with, or the reason it cannot be. */
  textOutline: method(
    z.object({ text: MarkTextSchema, color: InkColorSchema.optional() }).strict(),
    TextOutlineSchema,
  ),
  /**
   * Asks for scans, in page order, and puts a 骑缝章 across them as one document: each sealed
   * copy is written beside its scan as `<name>-signed.<ext>`; null if cancelled.
   */
  crossSealScans: method(
    z.object({ crossSeal: CrossSealSchema, quality: z.number().int().min(1).max(100).default(90) }).strict(),
    BatchResultSchema.nullable(),
  ),
} as const
