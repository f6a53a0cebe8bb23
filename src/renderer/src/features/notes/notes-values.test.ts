import { describe, expect, it } from 'vitest'
import * as shared from '../../../../shared/contract'
import * as local from './notes-values'

describe('Notes values restated for the renderer', () => {
  it('match the contract', () => {
    expect(local.noteSorts).toEqual([...shared.noteSorts])
    expect(local.pageSizes).toEqual([...shared.notePageSizes])
    expect(local.exportFormats).toEqual([...shared.noteExportFormats])
    expect(local.revisionRetentionChoices).toEqual([...shared.revisionRetentionChoices])
    expect(local.defaultPdfOptions).toEqual(shared.defaultPdfOptions)
    expect(shared.PdfOptionsSchema.safeParse({ marginMm: local.marginRange.min }).success).toBe(true)
    expect(shared.PdfOptionsSchema.safeParse({ marginMm: local.marginRange.max + 1 }).success).toBe(false)
  })
})
