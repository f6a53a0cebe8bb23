const NAMED: Readonly<Record<string, string>> = {
  black: '#000000',
  blue: '#0000ff',
  navy: '#000080',
  darkblue: '#00008b',
  red: '#ff0000',
  green: '#008000',
  gray: '#808080',
  grey: '#808080',
  white: '#ffffff',
}

/**
 * A CSS colour as signature_pad or an SVG file writes it (`#abc`, `#aabbcc`, `rgb()`, `rgba()`,
 * a few names) as `#rrggbb`; null for anything else (gradients, `currentColor`, `none`).
 */
export function parseInkColor(value: string): string | null {
  const text = value.trim().toLowerCase()
  const named = NAMED[text]
  if (named) return named
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text)
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`
  if (/^#[0-9a-f]{6}$/.test(text)) return text
  if (/^#[0-9a-f]{8}$/.test(text)) return text.slice(0, 7)
  const rgb = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*[\d.]+\s*)?\)$/.exec(text)
  if (rgb) {
    const hex = rgb.slice(1, 4).map((c) => Math.max(0, Math.min(255, Math.round(Number(c)))))
    return `#${hex.map((c) => c.toString(16).padStart(2, '0')).join('')}`
  }
  return null
}

/** `#rrggbb` as 0–1 components (what pdf-lib's `rgb()` takes). */
export function colorComponents(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16)
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255]
}
