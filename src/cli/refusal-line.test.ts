import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../main/core/test-support/temp-dir'
import { cliLocale } from './refusal-line'
import { runCli } from './run-cli'

const tempDir = useTempDirs()

async function run(argv: string[], env: NodeJS.ProcessEnv) {
  const err: string[] = []
  const code = await runCli(argv, { stdout: () => {}, stderr: (l) => err.push(l), env })
  return { code, stderr: err.join('\n') }
}

describe('a refusal on the command line', () => {
  it('is one line in Chinese when the locale is Chinese, and in English otherwise', async () => {
    const dir = tempDir()
    const apk = join(dir, '空的.apk')
    writeFileSync(apk, '')
    const data = ['--data-dir', join(dir, 'data')]
    const zh = await run([...data, 'filing', 'inspect', apk], { LANG: 'zh_CN.UTF-8' })
    const en = await run([...data, 'filing', 'inspect', apk], { LANG: 'en_US.UTF-8' })
    expect(zh.code).toBe(1)
    expect(en.code).toBe(1)
    expect(en.stderr).toMatch(/^paperdesk: 空的.apk is empty/)
    expect(zh.stderr).toMatch(/^paperdesk: .*[\u4e00-\u9fff]/)
    expect(zh.stderr).not.toBe(en.stderr)
    expect(zh.stderr.split('\n')).toHaveLength(1)
    // Scripts read --json: the envelope stays as raised, whatever the locale.
    const json = await run([...data, '--json', 'filing', 'inspect', apk], { LANG: 'zh_CN.UTF-8' })
    expect(JSON.parse(json.stderr)).toMatchObject({ error: { code: 'INVALID_FILE' } })
  })

  it('follows LC_ALL over LC_MESSAGES over LANG, and C is English', () => {
    expect(cliLocale({})).toBe('en')
    expect(cliLocale({ LANG: 'C.UTF-8' })).toBe('en')
    expect(cliLocale({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN')
    expect(cliLocale({ LANG: 'zh_TW.UTF-8' })).toBe('zh-CN')
    expect(cliLocale({ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' })).toBe('en')
    expect(cliLocale({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN' })).toBe('zh-CN')
    expect(cliLocale({ LANG: 'zulu' })).toBe('en')
  })
})
