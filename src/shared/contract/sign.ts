import { z } from 'zod'
import { CertificationSchema, CertifyRequestSchema } from './certify'
import { CrossSealSchema } from './cross-seal'
import { JobStartedSchema } from './jobs'
import { method, noInput } from './method'
import { stampFormats } from './sign-values'

export { stampFormats }

/** One sampled point of signature_pad's `toData()`: CSS pixels of the pad, time in ms. */
export const StrokePointSchema = z.object({
  x: z.number().finite().min(-1e5).max(1e5),
  y: z.number().finite().min(-1e5).max(1e5),
  pressure: z.number().finite().min(0).max(1).default(0.5),
  time: z.number().finite().nonnegative(),
})

/** One stroke as signature_pad's `toData()` gives it (extra fields it may add are ignored). */
export const PointGroupSchema = z.object({
  penColor: z.string().min(1).max(40),
  dotSize: z.number().finite().min(0).max(100).default(0),
  minWidth: z.number().finite().min(0).max(100).default(0.5),
  maxWidth: z.number().finite().min(0).max(100).default(2.5),
  velocityFilterWeight: z.number().finite().min(0).max(1).default(0.7),
  points: z.array(StrokePointSchema).min(1).max(20_000),
})
export type PointGroup = z.input<typeof PointGroupSchema>
export type CheckedPointGroup = z.output<typeof PointGroupSchema>

export const StrokesSchema = z
  .array(PointGroupSchema)
  .min(1)
  .max(2_000)
  .refine((groups) => groups.reduce((n, g) => n + g.points.length, 0) <= 100_000, 'too many points')

export const SignatureNameSchema = z.string().trim().min(1).max(80)
/** A library entry is a signature, or a red seal (公章, 合同专用章) lifted from a photo. */
export const signatureRoles = ['signature', 'seal'] as const
/** `#rrggbb`: the colours the app picks from (black, blue, a custom one). */
export const InkColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as #1a3cff')

export const signatureKinds = ['drawn', 'paper', 'svg', 'png'] as const

export const SignatureSchema = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  /** drawn on the pad, a photographed paper signature, or imported from a file. */
  kind: z.enum(signatureKinds),
  /** Width / height of the trimmed ink: placements keep it. */
  aspect: z.number().positive(),
  role: z.enum(signatureRoles),
  /** The vector form exists (drawn, svg); otherwise the ink is a high-resolution transparent PNG. */
  vector: z.boolean(),
  isDefault: z.boolean(),
  /** `signature/<id>/<hash>.png` under the asset base URL: the trimmed transparent preview. */
  previewPath: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Signature = z.infer<typeof SignatureSchema>

export const SignatureIdSchema = z.object({ id: z.number().int().positive() }).strict()

/** A photo of a paper signature, opened for turning into ink. */
export const PaperPhotoSchema = z.object({
  token: z.string(),
  name: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
})
export type PaperPhoto = z.infer<typeof PaperPhotoSchema>

export const InkOptionsSchema = z
  .object({
    /** Pixels darker than this luminance (0–255) become ink. */
    threshold: z.number().int().min(1).max(254).default(140),
    rotate: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]).default(0),
    color: InkColorSchema.default('#111111'),
  })
  .strict()
export type InkOptions = z.input<typeof InkOptionsSchema>

/**
 * How a seal is lifted from a photo: the ink's hue (degrees, 0 = red) and how strongly coloured a
 * pixel must be to count as ink (chroma 0–255); paper and black print fall below it.
 */
export const SealOptionsSchema = z
  .object({
    hue: z.number().int().min(0).max(359).default(0),
    threshold: z.number().int().min(10).max(200).default(60),
  })
  .strict()
export type SealOptions = z.input<typeof SealOptionsSchema>

export const StampFormatSchema = z.enum(stampFormats)
export type StampFormat = z.infer<typeof StampFormatSchema>

/** A line of text under the signature: an optional label, then the date in the chosen format. */
export const StampSchema = z
  .object({
    format: StampFormatSchema,
    /** Text before the date, e.g. 签署日期： or Signed:. */
    label: z.string().max(40).default(''),
    /** `YYYY-MM-DD`; the day of signing when absent. */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    /** Leave the date out and print only the label. */
    dateOff: z.boolean().default(false),
  })
  .strict()
export type Stamp = z.input<typeof StampSchema>
/** A stamp as it is after `checkInput` (defaults filled in): what the core works with. */
export type CheckedStamp = z.output<typeof StampSchema>

/**
 * Where a signature goes, in fractions of the page (or image) as the user sees it: `x`, `y` are
 * the top-left corner of the signature (its stamp below it), `width` its width; the height follows
 * the signature's aspect. `rotate` (degrees, clockwise) turns it about its centre.
 */
export const PlacementSchema = z
  .object({
    signatureId: z.number().int().positive(),
    /** 0-based page; 0 for an image. */
    page: z.number().int().min(0).max(100_000),
    x: z.number().finite().min(-1).max(2),
    y: z.number().finite().min(-1).max(2),
    width: z.number().finite().gt(0).max(1),
    rotate: z.number().finite().min(-360).max(360).default(0),
    opacity: z.number().finite().min(0.05).max(1).default(1),
    stamp: StampSchema.optional(),
  })
  .strict()
export type Placement = z.input<typeof PlacementSchema>
/** A placement after `checkInput` (defaults filled in): what the core works with. */
export type CheckedPlacement = z.output<typeof PlacementSchema>

export const outputFormats = ['jpeg', 'png', 'pdf'] as const
export const OutputFormatSchema = z.enum(outputFormats)
export type OutputFormat = z.infer<typeof OutputFormatSchema>

export const OutputOptionsSchema = z
  .object({
    /** Images: jpeg, png or a one-page pdf; a PDF is always written as PDF. */
    format: OutputFormatSchema,
    quality: z.number().int().min(1).max(100).default(90),
    /** PDF: flatten form fields into the page. */
    flatten: z.boolean().default(false),
  })
  .strict()
export type OutputOptions = z.input<typeof OutputOptionsSchema>

export const PageSizeSchema = z.object({ width: z.number().positive(), height: z.number().positive() })

/** A document opened for signing; the file stays where it is, main reads it by path. */
export const SignDocumentSchema = z.object({
  token: z.string(),
  name: z.string(),
  path: z.string(),
  kind: z.enum(['image', 'pdf']),
  /** Pages as the user sees them (orientation and /Rotate applied): pixels for images, points for PDFs. */
  pages: z.array(PageSizeSchema).min(1),
  /**
   * `sign-doc/<token>/…` under the asset base URL: a screen-sized preview of the image, or of a
   * PDF's first page. Main draws any page of a PDF at the width asked (`shared/pdf-page-asset`),
   * so the renderer never parses a PDF.
   */
  assetPath: z.string(),
  /** Pixel density of an image (dpi), when the file says. */
  density: z.number().positive().optional(),
  hasForm: z.boolean(),
  /** Digital signatures already in the PDF: signing adds to them as an incremental update. */
  signatures: z.number().int().nonnegative(),
  /** The format a signed copy is written in unless the user picks another. */
  defaultFormat: OutputFormatSchema,
})
export type SignDocument = z.infer<typeof SignDocumentSchema>

export const SignedPlacementSchema = z.object({
  page: z.number().int(),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
  rotate: z.number(),
  opacity: z.number(),
  signatureId: z.number().int().nullable(),
  signatureName: z.string(),
  signatureSha256: z.string(),
  stampText: z.string().optional(),
  /** A cross-page seal's strip on this page, `k/N` (骑缝章). */
  strip: z.string().optional(),
})

/** The audit record of one signed output. */
export const SignRecordSchema = z.object({
  id: z.number().int().positive(),
  createdAt: z.string(),
  inputName: z.string(),
  inputPath: z.string(),
  inputSha256: z.string(),
  outputName: z.string(),
  outputPath: z.string(),
  outputSha256: z.string(),
  outputFormat: OutputFormatSchema,
  pageCount: z.number().int().positive(),
  placements: z.array(SignedPlacementSchema),
  /** Where it was made: the app, a batch, the command line. */
  origin: z.enum(['app', 'batch', 'cli']),
  /** The cryptographic signature embedded in the output, when it was certified. */
  certification: CertificationSchema.nullable(),
})
export type SignRecord = z.infer<typeof SignRecordSchema>

export const ExportResultSchema = z.object({ outputPath: z.string(), record: SignRecordSchema })

/** What a batch does to each file: the same signature at the same relative place. */
export const BatchRequestSchema = z
  .object({
    placement: PlacementSchema.omit({ page: true }),
    /** For PDFs: which pages get the signature. Images have one. */
    pages: z.enum(['first', 'last', 'all']).default('last'),
    quality: z.number().int().min(1).max(100).default(90),
  })
  .strict()

export const BatchItemSchema = z.object({
  input: z.string(),
  output: z.string().optional(),
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }).optional(),
})
export const BatchResultSchema = z.object({ items: z.array(BatchItemSchema) })
export type BatchResult = z.infer<typeof BatchResultSchema>

const DocumentTokenSchema = z.object({ token: z.string().min(1).max(100) }).strict()

export const signContract = {
  listSignatures: method(noInput, z.array(SignatureSchema)),
  saveDrawnSignature: method(
    z.object({ name: SignatureNameSchema, strokes: StrokesSchema }).strict(),
    SignatureSchema,
  ),
  renameSignature: method(
    z.object({ id: z.number().int().positive(), name: SignatureNameSchema }).strict(),
    SignatureSchema,
  ),
  setDefaultSignature: method(SignatureIdSchema, SignatureSchema),
  deleteSignature: method(SignatureIdSchema, z.object({ deleted: z.boolean() })),
  /** The stroke points of a drawn signature, to edit it on the pad again. */
  signatureStrokes: method(SignatureIdSchema, z.array(PointGroupSchema).nullable()),
  /** Asks for a photo of a paper signature; null if cancelled. */
  openPaperPhoto: method(noInput, PaperPhotoSchema.nullable()),
  /** Live preview URL path of the ink for these options (`sign-ink/<token>/…`). */
  paperInkPreviewPath: method(
    z.object({ token: z.string().min(1).max(100), ink: InkOptionsSchema }).strict(),
    z.object({ path: z.string() }),
  ),
  savePaperSignature: method(
    z
      .object({ token: z.string().min(1).max(100), name: SignatureNameSchema, ink: InkOptionsSchema })
      .strict(),
    SignatureSchema,
  ),
  /** Opens a document: a dropped file's path, or the platform's open dialog; null if cancelled. */
  openDocument: method(
    z.object({ path: z.string().min(1).max(4096).optional() }).strict(),
    SignDocumentSchema.nullable(),
  ),
  closeDocument: method(DocumentTokenSchema, z.object({ closed: z.boolean() })),
  /** Writes the signed copy where the user chooses (save dialog); null if cancelled. */
  exportDocument: method(
    z
      .object({
        token: z.string().min(1).max(100),
        placements: z.array(PlacementSchema).max(500),
        output: OutputOptionsSchema,
        /** Also sign cryptographically (the output is then a PDF). */
        certify: CertifyRequestSchema.optional(),
        /** A 骑缝章 across the pages, in the same save. */
        crossSeal: CrossSealSchema.optional(),
      })
      .strict()
      .refine((r) => r.placements.length > 0 || r.crossSeal, 'place a signature or a cross-page seal'),
    ExportResultSchema.nullable(),
  ),
  /** Asks for files, then signs each beside itself as `<name>-signed.<ext>`; null if cancelled. */
  startBatch: method(BatchRequestSchema, JobStartedSchema.nullable()),
  listHistory: method(
    z
      .object({ limit: z.number().int().min(1).max(1000).default(200) })
      .strict()
      .default({ limit: 200 }),
    z.array(SignRecordSchema),
  ),
  /** Saves the whole audit trail as CSV or JSON where the user chooses; null if cancelled. */
  exportHistory: method(
    z.object({ format: z.enum(['csv', 'json']) }).strict(),
    z.object({ path: z.string(), count: z.number().int() }).nullable(),
  ),
} as const
