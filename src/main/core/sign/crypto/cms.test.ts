import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCmsSignature, createSelfSignedIdentity, verifyCmsSignature, type SubFilter } from './index'
import { OpensslWorkspace, toPem } from './test-support/openssl'

const work = new OpensslWorkspace()
afterAll(() => work.cleanup())

// A PDF-like file: the signed ranges are everything but a hole where /Contents goes.
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4000), Buffer.from('\n%%EOF\n')])
const ranges = [pdf.subarray(0, 1500), pdf.subarray(1800)]
beforeAll(() => work.write('data.bin', Buffer.concat(ranges)))

const signingTime = new Date('2026-04-01T10:00:00Z')

function opensslVerify(cms: Buffer, name: string): { status: number; stderr: string } {
  work.write(name, cms)
  return work.run(
    [
      'cms',
      '-verify',
      '-binary',
      '-inform',
      'DER',
      '-in',
      name,
      '-content',
      'data.bin',
      '-noverify',
      '-out',
      `${name}.out`,
    ],
    true,
  )
}

describe('createCmsSignature', () => {
  for (const algorithm of ['rsa-2048', 'ecdsa-p256'] as const) {
    for (const subFilter of ['adbe.pkcs7.detached', 'ETSI.CAdES.detached'] as SubFilter[]) {
      it(`signs with ${algorithm} for ${subFilter}: openssl verifies it, and so do we`, () => {
        const identity = createSelfSignedIdentity({
          commonName: '张三',
          days: 30,
          algorithm,
          now: signingTime,
        })
        const cms = createCmsSignature({ content: ranges, ...identity, signingTime, subFilter })
        const name = `${algorithm}-${subFilter}.p7s`
        const result = opensslVerify(cms, name)
        expect(result.stderr).toContain('Verification successful')
        expect(result.status).toBe(0)

        const printed = work.run(['cms', '-cmsout', '-print', '-inform', 'DER', '-in', name]).stdout
        expect(printed).toContain('id-smime-aa-signingCertificateV2')
        expect(printed.includes('signingTime')).toBe(subFilter === 'adbe.pkcs7.detached')

        const check = verifyCmsSignature(Buffer.concat([cms, Buffer.alloc(2000)]), ranges)
        expect(check).toMatchObject({
          digestMatches: true,
          signatureValid: true,
          problem: null,
          digestAlgorithm: 'SHA-256',
          signatureAlgorithm: algorithm === 'rsa-2048' ? 'RSA' : 'ECDSA',
        })
        expect(check.signer?.commonName).toBe('张三')
        expect(check.signingTime?.toISOString() ?? null).toBe(
          subFilter === 'adbe.pkcs7.detached' ? signingTime.toISOString() : null,
        )
      })
    }
  }

  it('embeds the chain after the signer and refuses a key that is not the certificate’s', () => {
    const signer = createSelfSignedIdentity({ commonName: 'Signer', days: 30, algorithm: 'ecdsa-p256' })
    const other = createSelfSignedIdentity({ commonName: 'Other', days: 30, algorithm: 'ecdsa-p256' })
    const cms = createCmsSignature({
      content: ranges,
      ...signer,
      chain: [other.certificate, signer.certificate],
      signingTime,
      subFilter: 'ETSI.CAdES.detached',
    })
    expect(verifyCmsSignature(cms, ranges).certificates).toEqual([signer.certificate, other.certificate])
    expect(() =>
      createCmsSignature({
        content: ranges,
        privateKey: other.privateKey,
        certificate: signer.certificate,
        signingTime,
        subFilter: 'adbe.pkcs7.detached',
      }),
    ).toThrow(/does not belong/)
  })
  const hasPdfsig = spawnSync('pdfsig', ['-v']).status === 0
  it.skipIf(!hasPdfsig)(
    'makes signatures poppler’s pdfsig (NSS) calls valid, RSA and ECDSA, both subFilters',
    () => {
      for (const algorithm of ['rsa-2048', 'ecdsa-p256'] as const) {
        for (const subFilter of ['adbe.pkcs7.detached', 'ETSI.CAdES.detached'] as SubFilter[]) {
          const identity = createSelfSignedIdentity({ commonName: '张三', days: 30, algorithm })
          const file = work.write(
            `${algorithm}-${subFilter}.pdf`,
            signedPdf(subFilter, (ranges) =>
              createCmsSignature({ content: ranges, ...identity, signingTime, subFilter }),
            ),
          )
          const report = spawnSync('pdfsig', [file], { encoding: 'utf8' }).stdout
          expect(report, `${algorithm} ${subFilter}`).toContain('Signature Validation: Signature is Valid.')
          expect(report).toContain('Signer Certificate Common Name: 张三')
          expect(report).toContain(`Signature Type: ${subFilter}`)
        }
      }
    },
  )
})

describe('verifyCmsSignature', () => {
  const identity = createSelfSignedIdentity({ commonName: 'Checker', days: 30, algorithm: 'rsa-2048' })
  const ours = createCmsSignature({
    content: ranges,
    ...identity,
    signingTime,
    subFilter: 'adbe.pkcs7.detached',
  })

  it('notices a changed content byte and a changed signature byte', () => {
    const changed = Buffer.from(ranges[1]!)
    flipBit(changed, 10)
    expect(verifyCmsSignature(ours, [ranges[0]!, changed])).toMatchObject({
      digestMatches: false,
      signatureValid: true,
    })

    const tampered = Buffer.from(ours)
    flipBit(tampered, tampered.length - 5)
    expect(verifyCmsSignature(tampered, ranges)).toMatchObject({ digestMatches: true, signatureValid: false })
  })

  it('reads signatures made by openssl: PKCS#1 v1.5, PSS and ECDSA with several digests', () => {
    work.key('rsa.key', 'rsa')
    work.key('ec.key', 'ec')
    work.run(['req', '-x509', '-new', '-key', 'rsa.key', '-subj', '/CN=RSA Signer', '-out', 'rsa.pem'])
    work.run(['req', '-x509', '-new', '-key', 'ec.key', '-subj', '/CN=EC Signer', '-out', 'ec.pem'])
    const cases = [
      { key: 'rsa', md: 'sha256', extra: [], algorithm: 'RSA', digest: 'SHA-256' },
      { key: 'rsa', md: 'sha1', extra: [], algorithm: 'RSA', digest: 'SHA-1' },
      {
        key: 'rsa',
        md: 'sha512',
        extra: ['-keyopt', 'rsa_padding_mode:pss'],
        algorithm: 'RSA-PSS',
        digest: 'SHA-512',
      },
      { key: 'ec', md: 'sha384', extra: [], algorithm: 'ECDSA', digest: 'SHA-384' },
      { key: 'ec', md: 'sha256', extra: ['-keyid'], algorithm: 'ECDSA', digest: 'SHA-256' },
    ]
    for (const c of cases) {
      const out = `${c.key}-${c.md}-${c.extra.length}.p7s`
      work.run([
        'cms',
        '-sign',
        '-binary',
        '-in',
        'data.bin',
        '-signer',
        `${c.key}.pem`,
        '-inkey',
        `${c.key}.key`,
        '-outform',
        'DER',
        '-md',
        c.md,
        '-out',
        out,
        ...c.extra,
      ])
      const check = verifyCmsSignature(work.read(out), ranges)
      expect(check, out).toMatchObject({
        digestMatches: true,
        signatureValid: true,
        problem: null,
        signatureAlgorithm: c.algorithm,
        digestAlgorithm: c.digest,
      })
      expect(check.signer?.commonName).toBe(c.key === 'rsa' ? 'RSA Signer' : 'EC Signer')
      expect(check.signingTime).toBeInstanceOf(Date)
    }
    // Without signed attributes the signature covers the content itself.
    work.run([
      'cms',
      '-sign',
      '-binary',
      '-noattr',
      '-in',
      'data.bin',
      '-signer',
      'rsa.pem',
      '-inkey',
      'rsa.key',
      '-outform',
      'DER',
      '-md',
      'sha256',
      '-out',
      'noattr.p7s',
    ])
    expect(verifyCmsSignature(work.read('noattr.p7s'), ranges)).toMatchObject({
      digestMatches: true,
      signatureValid: true,
      signingTime: null,
    })
    expect(verifyCmsSignature(work.read('noattr.p7s'), [Buffer.from('other')])).toMatchObject({
      digestMatches: false,
      signatureValid: false,
    })
  })

  it('reports what it cannot check instead of throwing', () => {
    for (const blob of [
      Buffer.alloc(0),
      randomBytes(300),
      Buffer.alloc(100),
      ours.subarray(0, ours.length - 40),
    ]) {
      const check = verifyCmsSignature(blob, ranges)
      expect(check.signatureValid).toBe(false)
      expect(check.problem).toBeTruthy()
    }
    // Signed with the certificate left out: nothing to check the signature with.
    work.write('checker.key', identity.privateKey.export({ type: 'pkcs8', format: 'pem' }))
    work.write('checker.pem', toPem(identity.certificate))
    work.run([
      'cms',
      '-sign',
      '-binary',
      '-nocerts',
      '-in',
      'data.bin',
      '-signer',
      'checker.pem',
      '-inkey',
      'checker.key',
      '-outform',
      'DER',
      '-md',
      'sha256',
      '-out',
      'nocerts.p7s',
    ])
    const check = verifyCmsSignature(work.read('nocerts.p7s'), ranges)
    expect(check).toMatchObject({
      signer: null,
      signatureValid: false,
      digestMatches: true,
      problem: 'no signer certificate',
    })
  })
})

function flipBit(bytes: Buffer, at: number): void {
  bytes[at] = (bytes[at] ?? 0) ^ 1
}

/** The smallest PDF with one signature field: just enough for pdfsig to check our CMS. */
function signedPdf(subFilter: SubFilter, sign: (ranges: Buffer[]) => Buffer): Buffer {
  const hole = 8192
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] /SigFlags 3 >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [4 0 R] >>',
    '<< /Type /Annot /Subtype /Widget /FT /Sig /Rect [0 0 0 0] /T (Sig1) /F 132 /P 3 0 R /V 5 0 R >>',
    `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /${subFilter} /ByteRange [0 ########## ########## ##########] ` +
      `/Contents <${'0'.repeat(hole * 2)}> /M (D:20260401100000Z) >>`,
  ]
  let text = '%PDF-1.7\n'
  const offsets = objects.map((object, i) => {
    const at = text.length
    text += `${i + 1} 0 obj\n${object}\nendobj\n`
    return at
  })
  const xref = text.length
  const entries = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  text += `xref\n0 6\n0000000000 65535 f \n${entries}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  const start = text.indexOf('/Contents <') + '/Contents '.length
  const end = start + hole * 2 + 2
  const field = (n: number) => String(n).padEnd(10, ' ')
  text = text.replace(
    '[0 ########## ########## ##########]',
    `[0 ${field(start)} ${field(end)} ${field(text.length - end)}]`,
  )
  const bytes = Buffer.from(text, 'latin1')
  const cms = sign([bytes.subarray(0, start), bytes.subarray(end)])
  bytes.write(`<${cms.toString('hex').padEnd(hole * 2, '0')}>`, start, 'latin1')
  return bytes
}
