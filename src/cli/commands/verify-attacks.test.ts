import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../main/core/test-support/temp-dir'
import {
  contentSwapLooseRange,
  contentSwapOwnSignature,
  selfSigned,
  sharedRangeReason,
  signedOnce,
} from '../../main/core/sign/certify/test-support/attack-pdfs'
import { runCaptured } from '../test-support/run-captured'

const tempDir = useTempDirs()

/** `sign verify` on the file, as a user runs it: its exit code and what it prints. */
async function cliVerify(bytes: Buffer) {
  const dir = tempDir()
  const path = join(dir, 'attack.pdf')
  writeFileSync(path, bytes)
  return runCaptured(['--data-dir', join(dir, 'data'), 'sign', 'verify', path])
}

describe('sign verify on a signed PDF changed after signing', () => {
  const signer = selfSigned('张三')

  it('exits 1 for new page content behind a loose /ByteRange dictionary, and says it changed', async () => {
    const cli = await cliVerify(await contentSwapLooseRange(await signedOnce(signer)))
    expect(cli.code).toBe(1)
    expect(cli.stdout).toContain('the file was CHANGED after it was signed')
  })

  it('exits 1 when the attacker signs the changed file with a certificate of the same name', async () => {
    const cli = await cliVerify(await contentSwapOwnSignature(await signedOnce(signer), selfSigned('张三')))
    expect(cli.code).toBe(1)
    expect(cli.stdout.match(/^Signature \d/gm)).toHaveLength(1)
  })

  it('exits 1 for a second field sharing the first range, and never prints its /Reason', async () => {
    const cli = await cliVerify(await sharedRangeReason(await signedOnce(signer)))
    expect(cli.code).toBe(1)
    expect(cli.stdout).not.toContain('同意支付一百万')
    expect(cli.stdout).toContain('Signature 2 (Approval): INVALID')
  })

  it('exits 0 for a second signature appended with nothing else', async () => {
    const cli = await cliVerify(await signedOnce(selfSigned('李四'), await signedOnce(signer)))
    expect(cli.code).toBe(0)
    expect(cli.stdout).toContain('later signatures were added after it')
  })
})
