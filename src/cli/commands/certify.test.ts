import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../main/core/test-support/temp-dir'
import { scribble, threePagePdf } from '../../main/core/sign/test-support/sign-fixtures'
import { runCaptured } from '../test-support/run-captured'

const tempDir = useTempDirs()

interface VerifyJson {
  signatures: Array<{
    signer: string
    issuer: string
    signedAt: string
    valid: boolean
    coversWholeFile: boolean
    modifiedAfter: boolean
    trusted: boolean
    subFilter: string
  }>
}

async function workspace() {
  const dir = tempDir()
  const data = join(dir, 'data')
  const cli = (...argv: string[]) => runCaptured(['--data-dir', data, ...argv])
  writeFileSync(join(dir, 'strokes.json'), JSON.stringify(scribble()))
  writeFileSync(join(dir, 'contract.pdf'), await threePagePdf())
  writeFileSync(join(dir, 'pass.txt'), 's3cret passphrase\n')
  const saved = await cli(
    '--json',
    'sign',
    'save-signature',
    '--name',
    'Me',
    '--strokes',
    join(dir, 'strokes.json'),
  )
  expect(saved.code).toBe(0)
  const signPdf = (
    input: string,
    out: string,
    certify: string,
    pass = join(dir, 'pass.txt'),
    ...more: string[]
  ) =>
    cli(
      'sign',
      'pdf',
      '--in',
      input,
      '--out',
      out,
      '--signature',
      String((JSON.parse(saved.stdout) as { id: number }).id),
      '--x',
      '0.5',
      '--y',
      '0.7',
      '--width',
      '0.3',
      '--certify',
      certify,
      '--password-file',
      pass,
      ...more,
    )
  return { dir, data, cli, signPdf }
}

/** A .p12 as OpenSSL 3 writes it by default (AES-256, PBKDF2), for a Chinese subject. */
function opensslP12(dir: string, extra: string[] = []): string {
  const key = join(dir, 'key.pem')
  const cert = join(dir, 'cert.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '30',
      '-subj',
      '/CN=李四/O=某某科技有限公司',
      '-utf8',
    ],
    { stdio: 'ignore' },
  )
  const p12 = join(dir, `id${extra.length}.p12`)
  execFileSync('openssl', [
    'pkcs12',
    '-export',
    '-inkey',
    key,
    '-in',
    cert,
    '-out',
    p12,
    '-passout',
    'pass:p12 password',
    ...extra,
  ])
  writeFileSync(join(dir, 'p12pass.txt'), 'p12 password\n')
  return p12
}

describe('paperdesk sign identity / pdf --certify / verify', () => {
  it('refuses a passphrase under 8 characters with one line, not the schema’s issue list', async () => {
    const { dir, cli } = await workspace()
    writeFileSync(join(dir, 'short.txt'), 'seven c\n')
    const made = await cli(
      'sign',
      'identity',
      'new',
      '--name',
      '张三',
      '--password-file',
      join(dir, 'short.txt'),
    )
    expect(made.code).toBe(1)
    expect(made.stderr).toBe(
      'paperdesk: choose a passphrase of at least 8 characters to protect the private key',
    )
  })

  it('creates an identity, signs with it, and both pdfsig and sign verify say valid', async () => {
    const { dir, cli, signPdf } = await workspace()
    const made = await cli(
      '--json',
      'sign',
      'identity',
      'new',
      '--name',
      '张三',
      '--org',
      '某某科技有限公司',
      '--email',
      'z@example.cn',
      '--days',
      '365',
      '--password-file',
      join(dir, 'pass.txt'),
    )
    expect(made.code, made.stderr).toBe(0)
    const { id } = JSON.parse(made.stdout) as { id: number }

    const listed = await cli('--json', 'sign', 'identity', 'list')
    expect(JSON.parse(listed.stdout)).toMatchObject([{ id, commonName: '张三', keyProtection: 'passphrase' }])
    expect(listed.stdout).not.toMatch(/PRIVATE KEY|private_key/)

    const out = join(dir, 'signed.pdf')
    const signed = await signPdf(join(dir, 'contract.pdf'), out, String(id), undefined, '--reason', '同意')
    expect(signed.code, signed.stderr).toBe(0)
    expect(spawnSync('pdfsig', [out], { encoding: 'utf8' }).stdout).toContain('Signature is Valid')

    const verified = await cli('--json', 'sign', 'verify', out)
    expect(verified.code).toBe(0)
    const report = JSON.parse(verified.stdout) as VerifyJson
    expect(report.signatures).toMatchObject([
      {
        valid: true,
        coversWholeFile: true,
        modifiedAfter: false,
        trusted: false,
        subFilter: 'adbe.pkcs7.detached',
      },
    ])
    expect(report.signatures[0]?.signer).toContain('张三')

    // Trusting the identity's certificate makes the same signature trusted.
    expect((await cli('sign', 'trust', 'add', String(id))).code).toBe(0)
    const again = JSON.parse((await cli('--json', 'sign', 'verify', out)).stdout) as VerifyJson
    expect(again.signatures[0]?.trusted).toBe(true)

    const cer = join(dir, 'me.cer')
    expect((await cli('sign', 'identity', 'export-cert', String(id), '--out', cer)).code).toBe(0)
    const text = execFileSync(
      'openssl',
      ['x509', '-inform', 'DER', '-in', cer, '-noout', '-subject', '-nameopt', 'utf8'],
      {
        encoding: 'utf8',
      },
    )
    expect(text).toContain('张三')
  })

  it('imports an OpenSSL .p12 and signs with it stored and directly; a flipped byte makes verify exit 1', async () => {
    const { dir, cli, signPdf } = await workspace()
    const p12 = opensslP12(dir)
    const imported = await cli(
      '--json',
      'sign',
      'identity',
      'import',
      p12,
      '--password-file',
      join(dir, 'p12pass.txt'),
    )
    expect(imported.code, imported.stderr).toBe(0)
    const { id } = JSON.parse(imported.stdout) as { id: number }
    const viaIdentity = join(dir, 'via-identity.pdf')
    const stored = await signPdf(join(dir, 'contract.pdf'), viaIdentity, String(id), join(dir, 'p12pass.txt'))
    expect(stored.code, stored.stderr).toBe(0)
    expect(spawnSync('pdfsig', [viaIdentity], { encoding: 'utf8' }).stdout).toContain('Signature is Valid')

    const out = join(dir, 'signed.pdf')
    const signed = await signPdf(join(dir, 'contract.pdf'), out, p12, join(dir, 'p12pass.txt'), '--cades')
    expect(signed.code, signed.stderr).toBe(0)
    const sig = spawnSync('pdfsig', [out], { encoding: 'utf8' }).stdout
    expect(sig).toContain('Signature is Valid')
    expect(sig).toContain('李四')
    expect(sig).toContain('ETSI.CAdES.detached')

    const bytes = readFileSync(out)
    bytes[200] = (bytes[200] as number) ^ 0x01
    writeFileSync(out, bytes)
    expect(spawnSync('pdfsig', [out], { encoding: 'utf8' }).stdout).not.toContain('Signature is Valid')
    const verified = await cli('--json', 'sign', 'verify', out)
    expect(verified.code).toBe(1)
    expect((JSON.parse(verified.stdout) as VerifyJson).signatures[0]?.valid).toBe(false)
  })

  it('refuses a wrong password, a file that is not a .p12, and an unsigned PDF', async () => {
    const { dir, cli, signPdf } = await workspace()
    const p12 = opensslP12(dir)
    writeFileSync(join(dir, 'wrong.txt'), 'not it\n')
    const wrong = await cli('sign', 'identity', 'import', p12, '--password-file', join(dir, 'wrong.txt'))
    expect(wrong.code).not.toBe(0)
    expect(wrong.stderr).toMatch(/password/i)

    const notP12 = await cli(
      'sign',
      'identity',
      'import',
      join(dir, 'contract.pdf'),
      '--password-file',
      join(dir, 'pass.txt'),
    )
    expect(notP12.code).not.toBe(0)

    const out = join(dir, 'never.pdf')
    const failed = await signPdf(join(dir, 'contract.pdf'), out, p12, join(dir, 'wrong.txt'))
    expect(failed.code).not.toBe(0)
    expect(existsSync(out)).toBe(false)
    expect(JSON.parse((await cli('--json', 'sign', 'history')).stdout)).toEqual([])

    const unsigned = await cli('sign', 'verify', join(dir, 'contract.pdf'))
    expect(unsigned.code).toBe(1)
    expect(unsigned.stdout).toContain('no signatures')
  })
})
