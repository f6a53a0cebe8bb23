/** The top-level screens, in sidebar order. Also the route path (`#/<id>`) and test id suffix. */
export const pageIds = ['notes', 'sign', 'filing', 'ocr', 'settings'] as const
export type PageId = (typeof pageIds)[number]
