import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from './run-tool'

export const BUNDLE_ID = 'cn.paperdesk.demo'
export const IOS_LABEL = '备案演示'
export const TEAM_ID = 'ABCDE12345'

/** A CA (self-signed) and a certificate it issues, made with openssl. */
function makeCa(dir: string, name: string, subject: string): void {
  run(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.pem`,
      '-subj',
      subject,
      '-days',
      '3650',
      '-utf8',
    ],
    dir,
  )
}

function issue(
  dir: string,
  name: string,
  subject: string,
  ca: string,
  serial: string,
  days: number,
  isCa = false,
): void {
  run(
    'openssl',
    [
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
      '-subj',
      subject,
      '-utf8',
    ],
    dir,
  )
  const ext = isCa ? ['-extfile', 'ca.ext'] : []
  if (isCa) writeFileSync(join(dir, 'ca.ext'), 'basicConstraints=critical,CA:TRUE\n')
  run(
    'openssl',
    [
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      `${ca}.pem`,
      '-CAkey',
      `${ca}.key`,
      '-set_serial',
      serial,
      '-days',
      String(days),
      '-out',
      `${name}.pem`,
      ...ext,
    ],
    dir,
  )
  run('openssl', ['x509', '-in', `${name}.pem`, '-outform', 'DER', '-out', `${name}.der`], dir)
}

/** python3's plistlib writes the plists (binary and XML) and the IPA zips: a writer that is not ours. */
const python = `
import base64, datetime, plistlib, sys, zipfile
d, mode = sys.argv[1], sys.argv[2]
der = open(d + '/dist.der', 'rb').read()
def profile(dev):
    p = {'Name': 'Paperdesk Demo Distribution', 'AppIDName': 'Paperdesk Demo', 'TeamName': 'Paperdesk Test',
         'TeamIdentifier': ['${TEAM_ID}'], 'ExpirationDate': datetime.datetime(2036, 1, 2, 3, 4, 5),
         'Entitlements': {'application-identifier': '${TEAM_ID}.${BUNDLE_ID}', 'get-task-allow': dev},
         'DeveloperCertificates': [der]}
    if dev: p['ProvisionedDevices'] = ['00008030-001A2B3C4D5E6F70']
    return plistlib.dumps(p, fmt=plistlib.FMT_XML)
if mode == 'plists':
    open(d + '/profile.plist', 'wb').write(profile(False))
    open(d + '/profile-dev.plist', 'wb').write(profile(True))
info = plistlib.dumps({'CFBundleIdentifier': '${BUNDLE_ID}', 'CFBundleShortVersionString': '2.3.4',
    'CFBundleVersion': '567', 'CFBundleDisplayName': '${IOS_LABEL}', 'CFBundleExecutable': 'Demo'}, fmt=plistlib.FMT_BINARY)
open(d + '/Info.plist', 'wb').write(info)
def ipa(name, profile_file):
    with zipfile.ZipFile(d + '/' + name, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('Payload/Demo.app/Info.plist', info)
        z.writestr('Payload/Demo.app/Demo', b'\\xcf\\xfa\\xed\\xfe' + bytes(4096))
        if profile_file: z.write(d + '/' + profile_file, 'Payload/Demo.app/embedded.mobileprovision')
if mode == 'ipas':
    ipa('app.ipa', 'embedded.mobileprovision')
    ipa('dev.ipa', 'embedded-dev.mobileprovision')
    ipa('no-profile.ipa', None)
`

/**
 * An IPA with a binary Info.plist and an `embedded.mobileprovision` that is, as Apple's are, a CMS
 * SignedData around an XML plist listing the distribution certificate; a development variant; one
 * without a profile; the distribution certificate as an iOS `.cer`; and a HarmonyOS-style chain.
 */
export function buildIosFixtures(dir: string): void {
  makeCa(
    dir,
    'wwdr',
    '/CN=Apple Worldwide Developer Relations Certification Authority/OU=G3/O=Apple Inc./C=US',
  )
  issue(
    dir,
    'dist',
    `/UID=${TEAM_ID}/CN=iPhone Distribution: Paperdesk Test (${TEAM_ID})/OU=${TEAM_ID}/O=Paperdesk Test/C=CN`,
    'wwdr',
    '0x5EED1234ABCD',
    // Ten years: the fixtures are committed, and a certificate expiring would add a warning.
    3650,
  )
  run('python3', ['-c', python, dir, 'plists'], dir)
  for (const [plist, out] of [
    ['profile.plist', 'embedded.mobileprovision'],
    ['profile-dev.plist', 'embedded-dev.mobileprovision'],
  ]) {
    run(
      'openssl',
      [
        'cms',
        '-sign',
        '-binary',
        '-nodetach',
        '-in',
        plist as string,
        '-signer',
        'wwdr.pem',
        '-inkey',
        'wwdr.key',
        '-outform',
        'DER',
        '-out',
        out as string,
      ],
      dir,
    )
  }
  run('python3', ['-c', python, dir, 'ipas'], dir)
  run('cp', ['dist.der', 'ios-distribution.cer'], dir)

  makeCa(dir, 'hwroot', '/CN=Huawei CBG Root CA G2 (test)/O=Huawei/C=CN')
  issue(
    dir,
    'hwca',
    '/CN=Huawei CBG Developer Relations CA G2 (test)/O=Huawei/C=CN',
    'hwroot',
    '0x0A01',
    3650,
    true,
  )
  issue(dir, 'hwleaf', '/CN=cn.paperdesk.harmony release/OU=开发部/O=纸桌科技/C=CN', 'hwca', '0x0B02', 3650)
  const pem = (name: string) => run('openssl', ['x509', '-in', `${name}.pem`], dir)
  // Out of order on purpose: the leaf is found by who issued whom, not by position.
  writeFileSync(join(dir, 'harmony-chain.cer'), pem('hwca') + pem('hwleaf') + pem('hwroot'))
}
