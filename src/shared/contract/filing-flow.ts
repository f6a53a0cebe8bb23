import { z } from 'zod'

/** Text in both UI languages, as flow data carries it. */
export const LocalizedSchema = z.object({ zh: z.string(), en: z.string() })
export type Localized = z.infer<typeof LocalizedSchema>

export const providerIds = ['aliyun', 'tencent', 'huawei', 'wechat'] as const
export const ProviderIdSchema = z.enum(providerIds)
export type ProviderId = z.infer<typeof ProviderIdSchema>

/** The filing kinds a provider console derives or offers (reference §1, §6). */
export const filingTypes = [
  'first',
  'new-service',
  'new-access',
  'change',
  'cancel-service',
  'cancel-subject',
  'cancel-access',
] as const
export const FilingTypeSchema = z.enum(filingTypes)
export type FilingType = z.infer<typeof FilingTypeSchema>

/** draft → submitted → provider review → SMS pending → provincial review → approved | returned. */
export const filingStatuses = [
  'draft',
  'submitted',
  'provider-review',
  'sms-pending',
  'provincial-review',
  'approved',
  'returned',
] as const
export const FilingStatusSchema = z.enum(filingStatuses)
export type FilingStatus = z.infer<typeof FilingStatusSchema>

export const actors = ['user', 'provider', 'platform', 'miit', 'province'] as const
export const ActorSchema = z.enum(actors)
export type Actor = z.infer<typeof ActorSchema>

export const StepDurationSchema = z.union([
  z.object({
    kind: z.literal('working-days'),
    min: z.number().int().nonnegative(),
    max: z.number().int().positive(),
  }),
  z.object({ kind: z.literal('hours'), value: z.number().positive() }),
  z.object({ kind: z.literal('days'), value: z.number().positive() }),
])
export type StepDuration = z.infer<typeof StepDurationSchema>

export const StepTipSchema = z.object({
  kind: z.enum(['tip', 'pitfall']),
  text: LocalizedSchema,
  /** Where the fact comes from: a section and source keys of the filing reference, e.g. `§1a [TC-SMS]`. */
  source: z.string(),
})
export type StepTip = z.infer<typeof StepTipSchema>

export const FlowStepSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9-]*$/),
  title: LocalizedSchema,
  description: LocalizedSchema,
  actor: ActorSchema,
  /** The filing's status while this step is the one in progress. */
  stage: FilingStatusSchema,
  /** Marking the step done moves the filing on to this status. */
  completes: FilingStatusSchema.optional(),
  duration: StepDurationSchema.nullable(),
  /** The MIIT SMS check: this step shows the 24-hour countdown. */
  sms: z.boolean().optional(),
  /** Only for these filing types (e.g. no SMS when merely dropping a provider). */
  onlyFor: z.array(FilingTypeSchema).optional(),
  tips: z.array(StepTipSchema),
})
export type FlowStep = z.infer<typeof FlowStepSchema>

export const formParts = ['subject', 'principals', 'app', 'platforms', 'network'] as const

export const FlowTemplateSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Which providers the flow is for; `*` = any (change and cancellation read alike everywhere). */
  providers: z.array(z.union([ProviderIdSchema, z.literal('*')])),
  filingTypes: z.array(FilingTypeSchema),
  title: LocalizedSchema,
  summary: LocalizedSchema,
  /** Parts of the form this kind of filing must have complete before it is submitted. */
  requires: z.array(z.enum(formParts)),
  steps: z.array(FlowStepSchema).min(1),
})
export type FlowTemplate = z.infer<typeof FlowTemplateSchema>

export const ProviderSchema = z.object({
  id: ProviderIdSchema,
  name: LocalizedSchema,
  channel: z.enum(['cloud', 'mini-program-platform']),
  consoleUrl: z.string(),
})
export type Provider = z.infer<typeof ProviderSchema>

/** When a material is needed; every condition given must hold. */
export const MaterialConditionSchema = z.object({
  subjectTypes: z.array(z.string()).optional(),
  notSubjectTypes: z.array(z.string()).optional(),
  provinces: z.array(z.string()).optional(),
  providers: z.array(ProviderIdSchema).optional(),
  filingTypes: z.array(FilingTypeSchema).optional(),
  /** The subject principal is not the legal representative. */
  principalNotLegalRep: z.boolean().optional(),
  /** The form lists pre-approvals (true) or none (false). */
  hasPreApprovals: z.boolean().optional(),
  /** The form lists domains. */
  hasDomains: z.boolean().optional(),
})

export const MaterialSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]{1,60}$/),
  title: LocalizedSchema,
  note: LocalizedSchema,
  /** Province-specific or only sometimes asked for: shown, but not counted as missing. */
  optional: z.boolean(),
  when: MaterialConditionSchema,
  source: z.string(),
})
export type Material = z.infer<typeof MaterialSchema>

/** A common reason a filing comes back (reference §8), offered when the user records a return. */
export const RejectionReasonSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]{1,60}$/),
  text: LocalizedSchema,
  source: z.string(),
})
export type RejectionReason = z.infer<typeof RejectionReasonSchema>
