import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builderHash, COMMITTED_DIR, filingFixtures } from '../test-support/apk-fixtures'
import { run } from '../test-support/run-tool'

describe('the filing fixtures', () => {
  it('are committed and current, so npm test needs no Android or iOS tools', () => {
    // Fails when a builder changed and `npm run fixtures:filing` was not run.
    expect(readFileSync(join(COMMITTED_DIR, 'SOURCE'), 'utf8').trim()).toBe(builderHash())
    expect(filingFixtures().dir).toBe(COMMITTED_DIR)
    expect(readFileSync(filingFixtures().apk('v1v2v3')).subarray(0, 2).toString()).toBe('PK')
  })

  it('name a missing tool in one line with the Debian package to install', () => {
    const saved = process.env['PATH']
    process.env['PATH'] = '/nonexistent'
    try {
      expect(() => run('aapt', ['version'], '/')).toThrow(/^aapt is not installed: apt-get install aapt$/)
      expect(() => run('keytool', ['-help'], '/')).toThrow(
        /^keytool is not installed: apt-get install openjdk-17-jre-headless$/,
      )
    } finally {
      process.env['PATH'] = saved
    }
  })
})
