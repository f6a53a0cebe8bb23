import type { AppLabel, InspectWarning } from '../../../../shared/contract/filing-inspect'
import { AppError } from '../../../../shared/app-error'
import { ResourceError } from './string-pool'
import { ResourceTable, type ConfigValue } from './resource-table'
import { warning } from './warnings'
import type { ZipReader } from './zip-reader'

/** Big apps ship resource tables of tens of MB; beyond this the label is left unresolved. */
const ARSC_LIMITS = { maxBytes: 64 * 1024 * 1024, maxRatio: 200 }
const MAX_REFERENCE_DEPTH = 4

/**
 * The label a filing should match: the Simplified Chinese one where the app has it (the name in
 * China's stores), else the default. Apps seldom carry zh-Hans without a region, but it counts.
 */
const PREFERRED = ['zh-CN', 'zh-Hans-CN', 'zh-Hans', 'zh', '']

export function chooseLabel(labels: AppLabel[]): string | null {
  for (const locale of PREFERRED) {
    const hit = labels.find((l) => l.locale === locale)
    if (hit) return hit.value
  }
  return labels[0]?.value ?? null
}

/** A resource's string in each locale, references followed; unqualified configurations win. */
function stringsOf(table: ResourceTable, id: number, depth = 0): AppLabel[] {
  if (depth > MAX_REFERENCE_DEPTH) return []
  const values = table.values(id).sort((a, b) => Number(a.qualified) - Number(b.qualified))
  const byLocale = new Map<string, string>()
  for (const entry of values) {
    if (byLocale.has(entry.locale)) continue
    const text = resolve(table, entry, depth)
    if (text !== null) byLocale.set(entry.locale, text)
  }
  return [...byLocale].map(([locale, value]) => ({ locale, value }))
}

function resolve(table: ResourceTable, entry: ConfigValue, depth: number): string | null {
  if (entry.value.kind === 'string') return entry.value.value
  if (entry.value.kind !== 'reference') return null
  const target = stringsOf(table, entry.value.id, depth + 1)
  return (target.find((t) => t.locale === entry.locale) ?? target.find((t) => t.locale === ''))?.value ?? null
}

/**
 * The app's label in every locale resources.arsc gives it, for a manifest whose label is a
 * resource reference (`@string/app_name`). A table that cannot be read costs the label, never the
 * inspection: the user gets an informational warning instead.
 */
export async function readResourceLabels(
  zip: ZipReader,
  id: number,
  warnings: InspectWarning[],
): Promise<AppLabel[]> {
  const reference = `@0x${id.toString(16).padStart(8, '0')}`
  const entry = zip.find('resources.arsc')
  if (!entry) {
    warnings.push(warning('label-unresolved', { reference }))
    return []
  }
  try {
    const labels = stringsOf(new ResourceTable(await zip.read(entry, ARSC_LIMITS)), id)
    if (labels.length === 0) warnings.push(warning('label-unresolved', { reference }))
    return labels.sort((a, b) =>
      a.locale === '' ? -1 : b.locale === '' ? 1 : a.locale.localeCompare(b.locale),
    )
  } catch (error) {
    if (!(error instanceof ResourceError || error instanceof AppError)) throw error
    warnings.push(warning('label-unresolved', { reference }))
    return []
  }
}
