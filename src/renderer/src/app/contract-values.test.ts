import { describe, expect, it } from 'vitest'
// Tests may read shared's runtime values; the shipped renderer may not (eslint/layer-boundaries.js).
import {
  defaultSettings,
  localeChoices as sharedLocales,
  themeChoices as sharedThemes,
} from '../../../shared/contract'
import { errorCodes } from '../../../shared/errors'
import { fallbackSettings, isErrorCode, localeChoices, themeChoices } from './contract-values'

describe('contract values restated in the renderer', () => {
  it('equal the contract’s own', () => {
    expect(localeChoices).toEqual([...sharedLocales])
    expect(themeChoices).toEqual([...sharedThemes])
    expect(fallbackSettings).toEqual(defaultSettings)
  })

  it('know exactly the contract’s error codes', () => {
    for (const code of errorCodes) expect(isErrorCode(code), code).toBe(true)
    expect(isErrorCode('NOPE')).toBe(false)
    expect(isErrorCode('toString')).toBe(false)
  })
})
