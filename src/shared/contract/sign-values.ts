// Sign contract values without zod, for the CLI's cold start (sign.ts builds its schemas on them).

/** How the date under a signature is written. */
export const stampFormats = ['zh-long', 'iso', 'slash', 'en-long', 'en-us', 'zh-hanzi'] as const
