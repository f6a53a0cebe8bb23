import { migration001Setting } from './001-setting'
import { migration002Asset } from './002-asset'
import { migration003Sign } from './003-sign'
import { migration004Filing } from './004-filing'
import { migration005Notes } from './005-notes'
import { migration006Certify } from './006-certify'
import { migration007NoteFtsContentless } from './007-note-fts-contentless'
import { migration008FilingCanonicalValues } from './008-filing-canonical-values'
import { migration009SignatureSeal } from './009-signature-seal'
import { migration010ImageText } from './010-image-text'
import type { Migration } from './types'

/** Every migration, in order. Append only: a shipped migration is never edited. */
export const migrations: readonly Migration[] = [
  migration001Setting,
  migration002Asset,
  migration003Sign,
  migration004Filing,
  migration005Notes,
  migration006Certify,
  migration007NoteFtsContentless,
  migration008FilingCanonicalValues,
  migration009SignatureSeal,
  migration010ImageText,
]

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0

export type { Migration }
