/** Where P3 puts the signature: lower right, a quarter of the page wide. */
export const BOX = { x: 0.6, y: 0.75, width: 0.25 } as const
