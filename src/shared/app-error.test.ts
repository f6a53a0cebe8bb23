import { describe, expect, it } from 'vitest'
import { userError } from './app-error'

describe('userError', () => {
  it('fills the English message with the values the translations use', () => {
    const error = userError(
      'NOT_FOUND',
      'filing.file-not-found',
      '{{name}} does not exist or is not a file',
      {
        name: 'app.apk',
      },
    )
    expect(error.message).toBe('app.apk does not exist or is not a file')
    expect(error.details).toMatchObject({ reason: 'filing.file-not-found', name: 'app.apk' })
  })

  it('leaves a placeholder it has no value for', () => {
    expect(userError('VALIDATION', 'notes.x', 'limit {{limitMb}} MB').message).toBe('limit {{limitMb}} MB')
  })
})
