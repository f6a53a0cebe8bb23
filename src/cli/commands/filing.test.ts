import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { filingFixtures, type FilingFixtures } from '../../main/core/filing/test-support/apk-fixtures'
import { parseApksigner } from '../../main/core/filing/test-support/tool-reports'
import { useTempDirs } from '../../main/core/test-support/temp-dir'
import { runCli } from '../run-cli'

const tempDir = useTempDirs()
const cli = resolve(__dirname, '../../../out/cli/index.js')
let fx: FilingFixtures
beforeAll(() => {
  fx = filingFixtures()
}, 240_000)

async function paperdesk(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(argv, {
    stdout: (l) => (out += `${l}\n`),
    stderr: (l) => (err += `${l}\n`),
    env: {},
  })
  return { code, out, err }
}

describe('paperdesk filing …', () => {
  it('inspect --json gives the issue’s shape: uppercase fingerprints equal to apksigner’s', async () => {
    const { code, out } = await paperdesk('filing', 'inspect', fx.apk('v2only'), '--json')
    expect(code).toBe(0)
    const result = JSON.parse(out)
    const signer = parseApksigner(fx.apksignerOutput('v2only')).signers[0]
    expect(result).toMatchObject({
      platform: 'android',
      packageName: 'cn.paperdesk.fixture',
      versionName: '1.2.3',
      versionCode: '42',
      schemes: ['v2'],
    })
    const [cert] = result.certificates
    expect(Object.keys(cert)).toEqual(
      expect.arrayContaining([
        'subject',
        'issuer',
        'serial',
        'notBefore',
        'notAfter',
        'md5',
        'sha1',
        'sha256',
        'publicKey',
      ]),
    )
    expect(Object.keys(cert.publicKey)).toEqual(
      expect.arrayContaining([
        'algorithm',
        'bits',
        'exponent',
        'modulusHex',
        'modulusDecimal',
        'pem',
        'spkiSha256',
      ]),
    )
    expect([cert.md5, cert.sha1, cert.sha256]).toEqual([signer?.md5, signer?.sha1, signer?.sha256])
    expect(cert.md5).toMatch(/^[0-9A-F]{32}$/)
    expect(cert.publicKey.modulusHex).toMatch(/^[0-9A-F]+$/)
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'no-v1-signature', message: expect.stringContaining('keytool') }),
    ])
  })

  it('inspect never opens the database and refuses bad files with one line and exit 1', async () => {
    const dataDir = join(tempDir(), 'data')
    const ok = await paperdesk('--data-dir', dataDir, 'filing', 'inspect', fx.apk('v1v2v3'))
    expect(ok.code).toBe(0)
    expect(ok.out).toContain('MD5:')
    expect(existsSync(dataDir)).toBe(false)
    const bad = await paperdesk('filing', 'inspect', fx.file('truncated.apk'), '--json')
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.err)).toMatchObject({
      error: { code: 'INVALID_FILE', details: { reason: 'filing.zip-truncated' } },
    })
  })

  it('validate says why a value is wrong, and exits 1', async () => {
    const bad = await paperdesk('filing', 'validate', '--kind', 'id', '110105194912310021', '--json')
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.out)).toMatchObject({ valid: false, reason: 'filing.id-checksum' })
    const good = await paperdesk(
      'filing',
      'validate',
      '--kind',
      'filing-number',
      '京ICP备12345678号-2A',
      '--json',
    )
    expect(good.code).toBe(0)
    expect(JSON.parse(good.out)).toMatchObject({
      valid: true,
      reason: null,
      details: { type: 'app', sequence: 2, number: '12345678' },
    })
    expect((await paperdesk('filing', 'validate', '--kind', 'colour', 'x')).code).toBe(2)
  })

  it('new, list, step and show keep a filing in the data folder', async () => {
    const dataDir = tempDir()
    const made = await paperdesk(
      '--data-dir',
      dataDir,
      'filing',
      'new',
      '--provider',
      'aliyun',
      '--app-name',
      '备案助手',
      '--province',
      '京',
      '--json',
    )
    expect(made.code).toBe(0)
    const { id } = JSON.parse(made.out)
    const step = await paperdesk(
      '--data-dir',
      dataDir,
      'filing',
      'step',
      String(id),
      'prepare',
      '--status',
      'done',
      '--json',
    )
    expect(step.code).toBe(0)
    const list = JSON.parse((await paperdesk('--data-dir', dataDir, 'filing', 'list', '--json')).out)
    expect(list).toEqual([
      expect.objectContaining({
        id,
        appName: '备案助手',
        provider: 'aliyun',
        province: '11',
        status: 'draft',
      }),
    ])
    const show = JSON.parse(
      (await paperdesk('--data-dir', dataDir, 'filing', 'show', String(id), '--json')).out,
    )
    expect(show.steps[0]).toMatchObject({ key: 'prepare', status: 'done' })
    const refused = await paperdesk(
      '--data-dir',
      dataDir,
      'filing',
      'step',
      String(id),
      'submit',
      '--status',
      'done',
    )
    expect(refused.code).toBe(1)
    expect(refused.err.trim().split('\n')).toHaveLength(1)
    expect(
      (await paperdesk('--data-dir', dataDir, 'filing', 'new', '--provider', 'nope', '--app-name', 'x')).code,
    ).toBe(1)
  })

  it('export writes the summary sheet PDF of a filing', async () => {
    const dataDir = tempDir()
    const { id } = JSON.parse(
      (
        await paperdesk(
          '--data-dir',
          dataDir,
          'filing',
          'new',
          '--provider',
          'huawei',
          '--app-name',
          '导出助手',
          '--json',
        )
      ).out,
    )
    const out = join(tempDir(), 'sheet.pdf')
    const made = await paperdesk(
      '--data-dir',
      dataDir,
      'filing',
      'export',
      String(id),
      '--out',
      out,
      '--json',
    )
    expect(made.code).toBe(0)
    expect(JSON.parse(made.out)).toMatchObject({ path: out })
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' })
    expect(text).toContain('APP 备案信息汇总表')
    expect(text).toContain('导出助手')
    expect((await paperdesk('--data-dir', dataDir, 'filing', 'export', '999', '--out', out)).code).toBe(1)
  }, 60_000)

  it('the built CLI inspects as a whole process', () => {
    const run = spawnSync(process.execPath, [cli, 'filing', 'inspect', '--json', fx.apk('ec')], {
      encoding: 'utf8',
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).certificates[0].publicKey).toMatchObject({
      algorithm: 'EC',
      curve: 'prime256v1',
    })
    // The APK path must not load the plist parser: the inspector's chunk imports it lazily.
    const chunks = join(cli, '..', 'chunks')
    const inspector = readdirSync(chunks).find((f) => f.startsWith('inspect-file-'))
    expect(inspector).toBeDefined()
    expect(readFileSync(join(chunks, inspector as string), 'utf8')).not.toMatch(
      /^import .* from "@plist\/parse"/m,
    )
  })
})
