import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reasonI18nKey } from '../../shared/errors'
import { translate } from '../../shared/i18n'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

function reasonsIn(text: string): string[] {
  return [...text.matchAll(/userError\(\s*'[A-Z_]+',\s*'([^']+)'/g)].map((m) => m[1] as string)
}

// Every reason a service can give the user (`userError(code, 'domain.reason', …)`) must read in
// both languages; a reason added without its strings fails here, not in front of a user.
describe('user-facing error reasons', () => {
  const root = join(__dirname, '..', '..')
  const reasons = new Set<string>()
  for (const file of [...sourceFiles(join(root, 'main')), ...sourceFiles(join(root, 'cli'))]) {
    for (const reason of reasonsIn(readFileSync(file, 'utf8'))) reasons.add(reason)
  }

  it.each([...reasons].map((r) => [r]))('%s is translated in en and zh-CN', (reason) => {
    const key = reasonI18nKey(reason)
    expect(key, `${reason} is not of the form domain.kebab-case`).toBeDefined()
    expect(translate('en', key as string)).not.toBe(key)
    expect(translate('zh-CN', key as string)).not.toBe(key)
  })

  it('the scan finds reasons however the call is laid out', () => {
    const sample = `throw userError('INVALID_FILE', 'sign.pixel-bomb', 'too many pixels')
      throw userError(
        'BUSY',
        'db.in-use',
        'close Paperdesk first',
      )`
    expect(reasonsIn(sample)).toEqual(['sign.pixel-bomb', 'db.in-use'])
  })
})
