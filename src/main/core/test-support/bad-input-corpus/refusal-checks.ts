import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import { type ErrorEnvelope, reasonI18nKey } from '../../../../shared/app-error'
import { translate } from '../../../../shared/i18n'

/** Every row of every table, hashed: equal before and after a refusal means nothing was written. */
export function databaseFingerprint(db: Database.Database): string {
  const hash = createHash('sha256')
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )
    .pluck()
    .all() as string[]
  for (const table of tables) {
    hash.update(`\0${table}\0`)
    for (const row of db.prepare(`SELECT * FROM "${table}"`).raw().iterate() as Iterable<unknown[]>)
      for (const value of row)
        hash.update(value instanceof Uint8Array ? value : `${typeof value}:${String(value)}\u0001`)
  }
  return hash.digest('hex')
}

/**
 * What the user reads for this refusal, in both languages: the reason's string when it has one,
 * else the code's. Throws if either is missing, equal to its key, or the Chinese one has no Chinese.
 */
export function translatedMessages(error: ErrorEnvelope): { key: string; en: string; zh: string } {
  const reason = (error.details as { reason?: unknown } | undefined)?.reason
  const key = (typeof reason === 'string' && reasonI18nKey(reason)) || `errors.${error.code}`
  const values = Object.fromEntries(
    Object.entries((error.details as Record<string, unknown> | undefined) ?? {}).filter(
      (e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number',
    ),
  )
  const en = translate('en', key, values)
  const zh = translate('zh-CN', key, values)
  if (en === key || en.trim() === '') throw new Error(`no English message for ${key}`)
  if (zh === key || !/[\u3400-\u9fff]/.test(zh)) throw new Error(`no Chinese message for ${key}: ${zh}`)
  if (en === error.code || zh === error.code) throw new Error(`the message of ${key} is its code`)
  return { key, en, zh }
}

/** Rejects when `work` has not settled within `ms`: a hang fails, it does not stall the run. */
export async function withinTime<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([work, late])
  } finally {
    clearTimeout(timer)
  }
}
