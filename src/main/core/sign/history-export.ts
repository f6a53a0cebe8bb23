import type { SignRecord } from '../../../shared/contract/sign'

const HEADER = [
  'id',
  'created_at',
  'input_name',
  'input_path',
  'input_sha256',
  'output_name',
  'output_path',
  'output_sha256',
  'output_format',
  'page_count',
  'origin',
  'signatures',
  'placements',
]

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
function cell(value: string | number): string {
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const fraction = (n: number) => String(Math.round(n * 10000) / 10000)

/**
 * The audit trail as CSV, one line per signed output; UTF-8 with a byte-order mark so spreadsheet
 * programs read Chinese file names correctly.
 */
export function historyToCsv(records: readonly SignRecord[]): string {
  const lines = records.map((r) =>
    [
      r.id,
      r.createdAt,
      r.inputName,
      r.inputPath,
      r.inputSha256,
      r.outputName,
      r.outputPath,
      r.outputSha256,
      r.outputFormat,
      r.pageCount,
      r.origin,
      [...new Set(r.placements.map((p) => `${p.signatureName} (${p.signatureSha256.slice(0, 12)})`))].join(
        '; ',
      ),
      r.placements
        .map(
          (p) =>
            `page ${p.page + 1} x=${fraction(p.x)} y=${fraction(p.y)} w=${fraction(p.width)} h=${fraction(p.height)}` +
            (p.rotate ? ` rotate=${p.rotate}` : '') +
            (p.stampText ? ` stamp=${p.stampText}` : ''),
        )
        .join('; '),
    ]
      .map(cell)
      .join(','),
  )
  return `\uFEFF${[HEADER.join(','), ...lines].join('\r\n')}\r\n`
}

export function historyToJson(records: readonly SignRecord[]): string {
  return `${JSON.stringify({ records }, null, 2)}\n`
}
