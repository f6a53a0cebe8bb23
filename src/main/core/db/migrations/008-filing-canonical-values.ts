import { FilingFormSchema, type FilingForm } from '../../../../shared/contract/filing-form'
import { sectionNormalizers } from '../../filing/records/normalize-form'
import { canonicalFilingNumber } from '../../filing/validate/canonical'
import type { Migration } from './types'

/**
 * Filing values were stored as typed (an ID ending in x beside one ending in X, phones with
 * spaces, fingerprints with colons). Saving now stores one canonical layout; this brings the rows
 * saved before into the same layout, once, so every reader (the app, the CLI's JSON, the summary
 * sheet, a backup) sees one form of each value. A section that does not parse as the form's
 * schema is left exactly as it is.
 */
export const migration008FilingCanonicalValues: Migration = {
  version: 8,
  name: 'filing-canonical-values',
  up(db) {
    const shape = FilingFormSchema.shape
    const rows = db.prepare('SELECT rowid, section, value FROM filing_field').all() as Array<{
      rowid: number
      section: string
      value: string
    }>
    const update = db.prepare('UPDATE filing_field SET value = ? WHERE rowid = ?')
    for (const row of rows) {
      const key = row.section as keyof FilingForm
      if (!Object.hasOwn(shape, key)) continue
      let parsed
      try {
        parsed = shape[key].safeParse(JSON.parse(row.value))
      } catch {
        continue
      }
      if (!parsed.success) continue
      const value = JSON.stringify((sectionNormalizers[key] as (v: unknown) => unknown)(parsed.data))
      if (value !== row.value) update.run(value, row.rowid)
    }
    const numbers = db.prepare("SELECT id, app_number FROM filing WHERE app_number <> ''").all() as Array<{
      id: number
      app_number: string
    }>
    const setNumber = db.prepare('UPDATE filing SET app_number = ? WHERE id = ?')
    for (const { id, app_number } of numbers) {
      const canonical = canonicalFilingNumber(app_number)
      if (canonical !== app_number) setNumber.run(canonical, id)
    }
  },
}
