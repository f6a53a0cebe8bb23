import type {
  Person,
  FilingSubject,
  PlatformEntry,
  PreApproval,
} from '../../../../shared/contract/filing-form'
import type { FilingStatus } from '../../../../shared/contract/filing-flow'

// The renderer imports only types from shared, so the choices the form offers are restated here;
// each record must name every member of its type (the compiler checks) and filing-values.test.ts
// compares them with shared's lists.

const set = <T extends string>(record: Record<T, true>) => Object.keys(record) as T[]

export const subjectTypeChoices = set<FilingSubject['type']>({
  enterprise: true,
  individual: true,
  'sole-proprietor': true,
  institution: true,
  government: true,
  'social-group': true,
  other: true,
})
export const subjectCertTypeChoices = set<FilingSubject['certType']>({
  uscc: true,
  'resident-id': true,
  other: true,
})
export const personIdTypeChoices = set<Person['idType']>({
  'resident-id': true,
  'hk-macao-permit': true,
  'taiwan-permit': true,
  passport: true,
  'foreign-permanent-id': true,
  other: true,
})
export const roleChoices = set<Person['role']>({
  'subject-principal': true,
  'service-principal': true,
  'legal-rep': true,
})
export const osChoices = set<PlatformEntry['os']>({ android: true, ios: true, harmony: true, other: true })
export const sectorChoices = set<PreApproval['sector']>({
  news: true,
  publishing: true,
  education: true,
  medical: true,
  'drugs-devices': true,
  culture: true,
  'radio-film-tv': true,
  'e-bulletin': true,
  'ride-hailing': true,
  finance: true,
  games: true,
  religion: true,
})
export const statusChoices = set<FilingStatus>({
  draft: true,
  submitted: true,
  'provider-review': true,
  'sms-pending': true,
  'provincial-review': true,
  approved: true,
  returned: true,
})
