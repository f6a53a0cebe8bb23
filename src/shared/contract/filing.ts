import { z } from 'zod'
import { supportedLocales } from './app'
import {
  FilingStatusSchema,
  FilingTypeSchema,
  FlowTemplateSchema,
  MaterialSchema,
  ProviderIdSchema,
  ProviderSchema,
  RejectionReasonSchema,
} from './filing-flow'
import { FieldIssueSchema, FilingFormSchema } from './filing-form'
import { InspectResultSchema } from './filing-inspect'
import { method, noInput } from './method'

const Id = z.number().int().positive()
const FilingIdSchema = z.object({ id: Id }).strict()

export const ProvinceSchema = z.object({ code: z.string(), abbr: z.string(), zh: z.string(), en: z.string() })

/** Everything the UI shows that is data, not code: providers, flows, provinces, reasons. */
export const FilingCatalogSchema = z.object({
  providers: z.array(ProviderSchema),
  flows: z.array(FlowTemplateSchema),
  provinces: z.array(ProvinceSchema),
  rejectionReasons: z.array(RejectionReasonSchema),
})
export type FilingCatalog = z.infer<typeof FilingCatalogSchema>

export const stepStatuses = ['todo', 'doing', 'done'] as const
export const StepStatusSchema = z.enum(stepStatuses)
export type StepStatus = z.infer<typeof StepStatusSchema>

/** The next thing to do or wait for, as the dashboard shows it. */
export const DueSchema = z.object({
  kind: z.enum([
    'fix-form',
    'next-step',
    'provider-review',
    'sms-wait',
    'sms-deadline',
    'sms-expired',
    'provincial-review',
    'fix-and-resubmit',
    'public-security',
    'done',
  ]),
  /** How pressing: urgent (act now), soon, waiting (on someone else), none. */
  urgency: z.enum(['urgent', 'soon', 'waiting', 'none']),
  /** A moment (ISO) the item is due at, e.g. the SMS deadline. */
  at: z.string().nullable(),
  /** A range of China days the item should finish in (working days: weekends and public holidays skipped). */
  earliest: z.string().nullable(),
  latest: z.string().nullable(),
  /** Years the range runs through whose public holidays are not known yet (weekends only skipped). */
  holidaysUnknown: z.array(z.number().int()),
  overdue: z.boolean(),
  /** The step key it concerns, or a count (form errors). */
  step: z.string().nullable(),
  count: z.number().int().nullable(),
})
export type Due = z.infer<typeof DueSchema>

/** Something to keep an eye on regardless of the status: an ID or certificate running out. */
export const FilingAlertSchema = z.object({
  kind: z.enum(['id-validity', 'certificate']),
  path: z.string(),
  date: z.string(),
  days: z.number().int(),
})
export type FilingAlert = z.infer<typeof FilingAlertSchema>

export const FilingSummarySchema = z.object({
  id: Id,
  appName: z.string(),
  provider: ProviderIdSchema,
  filingType: FilingTypeSchema,
  flowId: z.string(),
  province: z.string(),
  status: FilingStatusSchema,
  statusAt: z.string(),
  appNumber: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  errorCount: z.number().int(),
  due: DueSchema,
  alerts: z.array(FilingAlertSchema),
})
export type FilingSummary = z.infer<typeof FilingSummarySchema>

export const FilingStepSchema = z.object({
  key: z.string(),
  status: StepStatusSchema,
  startedAt: z.string().nullable(),
  doneAt: z.string().nullable(),
  note: z.string(),
  /** For a review under way: when it should be finished, in China days. */
  expected: z
    .object({
      earliest: z.string(),
      latest: z.string(),
      elapsed: z.number().int(),
      overdue: z.boolean(),
      /** Years whose public holidays are not known yet: for those, only weekends were skipped. */
      holidaysUnknown: z.array(z.number().int()),
    })
    .nullable(),
})
export type FilingStep = z.infer<typeof FilingStepSchema>

export const SmsWindowSchema = z.object({
  sentAt: z.string().nullable(),
  deadline: z.string().nullable(),
  remainingMs: z.number().nullable(),
  expired: z.boolean(),
  wrongCodes: z.number().int(),
  attemptsLeft: z.number().int(),
  locked: z.boolean(),
  resendsLeft: z.number().int(),
  nextResendAt: z.string().nullable(),
})
export type SmsWindowView = z.infer<typeof SmsWindowSchema>

export const FilingEventSchema = z.object({
  at: z.string(),
  kind: z.enum(['status', 'step', 'sms-received', 'sms-wrong-code', 'sms-resent']),
  detail: z.record(z.string(), z.unknown()),
})
export type FilingEvent = z.infer<typeof FilingEventSchema>

export const MaterialViewSchema = MaterialSchema.pick({
  key: true,
  title: true,
  note: true,
  optional: true,
  source: true,
}).extend({
  ready: z.boolean(),
  attachments: z.number().int(),
})
export type MaterialView = z.infer<typeof MaterialViewSchema>

export const AttachmentSchema = z.object({
  id: Id,
  name: z.string(),
  sha256: z.string(),
  mime: z.string(),
  bytes: z.number().int(),
  materialKey: z.string(),
  addedAt: z.string(),
})
export type Attachment = z.infer<typeof AttachmentSchema>

export const FilingDetailSchema = FilingSummarySchema.extend({
  orderId: z.string(),
  notes: z.string(),
  returnReasons: z.array(z.string()),
  returnNote: z.string(),
  steps: z.array(FilingStepSchema),
  sms: SmsWindowSchema.nullable(),
  events: z.array(FilingEventSchema),
  form: FilingFormSchema,
  issues: z.array(FieldIssueSchema),
  materials: z.array(MaterialViewSchema),
  attachments: z.array(AttachmentSchema),
})
export type FilingDetail = z.infer<typeof FilingDetailSchema>

const appName = z.string().trim().min(1).max(100)
const province = z.union([z.literal(''), z.string().regex(/^\d{2}$/)])

export const NewFilingSchema = z
  .object({
    appName,
    provider: ProviderIdSchema,
    filingType: FilingTypeSchema.default('first'),
    province: province.default(''),
  })
  .strict()

export const FilingUpdateSchema = z
  .object({
    id: Id,
    appName: appName.optional(),
    province: province.optional(),
    orderId: z.string().max(100).optional(),
    appNumber: z.string().max(64).optional(),
    notes: z.string().max(10_000).optional(),
  })
  .strict()

export const smsActions = ['received', 'wrong-code', 'resent', 'verified'] as const

export const ExportRequestSchema = z
  .object({
    id: Id,
    /** ID numbers and phones masked (the default) or in full. */
    masked: z.boolean().default(true),
    locale: z.enum(supportedLocales),
    what: z.enum(['summary', 'checklist']).default('summary'),
  })
  .strict()

/** The layouts a certificate fingerprint is shown in (openssl/keytool, plain, apksigner, jadx). */
export const fingerprintLayouts = ['colons', 'upper', 'lower', 'spaces'] as const

/** How the user likes Filing's values shown; stored values stay canonical whatever is chosen. */
export const FilingPreferencesSchema = z.object({ fingerprintLayout: z.enum(fingerprintLayouts) })
export type FilingPreferences = z.infer<typeof FilingPreferencesSchema>

export const filingContract = {
  catalog: method(noInput, FilingCatalogSchema),
  list: method(noInput, z.array(FilingSummarySchema)),
  get: method(FilingIdSchema, FilingDetailSchema),
  create: method(NewFilingSchema, z.object({ id: Id })),
  update: method(FilingUpdateSchema, FilingDetailSchema),
  remove: method(FilingIdSchema, z.object({ removed: z.boolean() })),
  setStep: method(
    z
      .object({
        id: Id,
        step: z.string().min(1).max(60),
        status: StepStatusSchema.optional(),
        note: z.string().max(5000).optional(),
      })
      .strict(),
    FilingDetailSchema,
  ),
  /** Records that the filing came back, with the reasons (keys of the catalog's list and/or a note). */
  markReturned: method(
    z.object({ id: Id, reasons: z.array(z.string().max(60)).max(30), note: z.string().max(5000) }).strict(),
    FilingDetailSchema,
  ),
  /** A returned filing back to a draft, to fix and submit again. */
  reopen: method(FilingIdSchema, FilingDetailSchema),
  sms: method(z.object({ id: Id, action: z.enum(smsActions) }).strict(), FilingDetailSchema),
  /** Validates a form as typed, without saving (the form calls this as the user types). */
  validateForm: method(
    z.object({ form: FilingFormSchema, provider: ProviderIdSchema, filingType: FilingTypeSchema }).strict(),
    z.object({ issues: z.array(FieldIssueSchema) }),
  ),
  saveForm: method(z.object({ id: Id, form: FilingFormSchema }).strict(), FilingDetailSchema),
  /** Reads an APK, IPA or certificate by path (files never cross the contract). */
  inspect: method(z.object({ path: z.string().min(1).max(4096) }).strict(), InspectResultSchema),
  /** Asks for a file with the open dialog, then inspects it; null if the user cancelled. */
  pickAndInspect: method(noInput, z.object({ path: z.string(), result: InspectResultSchema }).nullable()),
  /** Puts text on the OS clipboard (main owns the clipboard). */
  copy: method(
    z.object({ text: z.string().min(1).max(20_000) }).strict(),
    z.object({ copied: z.literal(true) }),
  ),
  /** Asks where to save, then prints the summary sheet (or the materials checklist) to PDF. */
  exportPdf: method(ExportRequestSchema, z.object({ path: z.string(), bytes: z.number().int() }).nullable()),
  /** Asks for files (images or PDFs) and attaches them to the filing, for a material or none. */
  attach: method(
    z
      .object({
        id: Id,
        materialKey: z
          .string()
          .regex(/^[a-z0-9-]{0,60}$/)
          .default(''),
      })
      .strict(),
    FilingDetailSchema.nullable(),
  ),
  detach: method(z.object({ id: Id, attachmentId: Id }).strict(), FilingDetailSchema),
  preferences: method(noInput, FilingPreferencesSchema),
  setPreferences: method(FilingPreferencesSchema.partial().strict(), FilingPreferencesSchema),
} as const
