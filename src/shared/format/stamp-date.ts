// The date under a signature, as the core draws it and the placement box previews it: one rule,
// both sides. Plain functions with no imports (the format names are restated as a type only).

type StampFormat = 'zh-long' | 'zh-hanzi' | 'iso' | 'slash' | 'en-long' | 'en-us'

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** `YYYY-MM-DD` of a moment in the local time zone (the day the user signs on). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

const HAN_DIGITS = '〇一二三四五六七八九'

/** 2026 → 二〇二六: a year digit by digit. */
const hanDigits = (n: number) => [...String(n)].map((d) => HAN_DIGITS[Number(d)]).join('')

/** 12 → 十二, 4 → 四, 20 → 二十, 31 → 三十一: month and day numbers as they are written in full. */
function hanNumber(n: number): string {
  if (n < 10) return HAN_DIGITS[n] as string
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : HAN_DIGITS[tens]}十${ones === 0 ? '' : HAN_DIGITS[ones]}`
}

/**
 * A date in one of the stamp formats: 2026年3月5日, 二〇二六年三月五日, 2026-03-05, 2026/03/05,
 * 5 March 2026, March 5, 2026.
 */
export function formatStampDate(isoDate: string, format: StampFormat): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number]
  const month = EN_MONTHS[m - 1] ?? String(m)
  switch (format) {
    case 'zh-long':
      return `${y}年${m}月${d}日`
    case 'zh-hanzi':
      return `${hanDigits(y)}年${hanNumber(m)}月${hanNumber(d)}日`
    case 'iso':
      return isoDate
    case 'slash':
      return isoDate.replace(/-/g, '/')
    case 'en-long':
      return `${d} ${month} ${y}`
    case 'en-us':
      return `${month} ${d}, ${y}`
  }
}

/** The stamp's line: the label, then the date; no space after a full-width colon (签署日期：2026年3月5日). */
export function stampLine(label: string, date: string): string {
  const trimmed = label.trim()
  return [trimmed, date].filter(Boolean).join(trimmed.endsWith('：') ? '' : ' ')
}
