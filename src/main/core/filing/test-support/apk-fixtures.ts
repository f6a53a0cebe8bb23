import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AOSP_TESTKEY_CERT_BASE64, AOSP_TESTKEY_PK8_BASE64 } from './aosp-testkey'
import { buildIosFixtures } from './ios-fixtures'
import { buildBadFixtures } from './bad-fixtures'
import { run } from './run-tool'

/**
 * Real signed APKs, IPAs and certificates for the inspector's tests, made with Debian's aapt,
 * apksigner and keytool (apt: aapt, apksigner, android-framework-res, openjdk-17-jre-headless)
 * and openssl + python3 for the iOS side. Beside each APK lies what `apksigner verify -v
 * --print-certs` said about it, and beside each key what `openssl x509` says.
 *
 * They are committed in `fixtures/` (about 600 KB), so `npm test` needs none of those tools;
 * `npm run fixtures:filing` rebuilds them there. `fixtures/SOURCE` holds the hash of the builders'
 * source they were made from: when a builder changes and the fixtures were not rebuilt, the tests
 * build their own into a temp folder keyed by that hash (which needs the tools; a missing one is
 * named in one line with its Debian package).
 */
export const FRAMEWORK_RES = '/usr/share/android-framework-res/framework-res.apk'
export const STORE_PASS = 'secret1'
export const APP_LABEL = '备案助手'
export const PACKAGE_NAME = 'cn.paperdesk.fixture'
export const VERSION_CODE = '42'
export const VERSION_NAME = '1.2.3'
/** The labelled APK's `@string/app_name`: default, zh-CN and zh-TW values in resources.arsc. */
export const RESOURCE_LABELS = { '': 'Paperdesk Fixture', 'zh-CN': APP_LABEL, 'zh-TW': '備案助手' } as const

export const keys = {
  rsa: { args: ['-keyalg', 'RSA', '-keysize', '2048'], dname: 'CN=Fixture, O=Paperdesk, C=CN' },
  rsa2: {
    args: ['-keyalg', 'RSA', '-keysize', '3072'],
    dname: 'CN=新签名者, OU=移动开发部, O=北京测试科技有限公司, L=北京, C=CN',
  },
  ec: { args: ['-keyalg', 'EC', '-groupname', 'secp256r1'], dname: 'CN=EC Fixture, O=Paperdesk, C=CN' },
  dsa: { args: ['-keyalg', 'DSA', '-keysize', '2048'], dname: 'CN=DSA Fixture, O=Paperdesk, C=CN' },
  debug: { args: ['-keyalg', 'RSA', '-keysize', '2048'], dname: 'CN=Android Debug, O=Android, C=US' },
  /** AOSP's public test key (aosp-testkey.ts), not made here. */
  aosp: { args: [], dname: '' },
} as const
export type KeyName = keyof typeof keys

interface ApkRecipe {
  signers: KeyName[]
  /** Built from the manifest with a resource table (label `@string/app_name`) instead of an inline label. */
  resources?: boolean
  minSdk: number
  v1: boolean
  v2: boolean
  v3: boolean
  lineage?: boolean
}

export const apks = {
  v1v2v3: { signers: ['rsa'], minSdk: 18, v1: true, v2: true, v3: true },
  v2only: { signers: ['rsa'], minSdk: 24, v1: false, v2: true, v3: false },
  v3only: { signers: ['rsa'], minSdk: 28, v1: false, v2: false, v3: true },
  v1only: { signers: ['rsa'], minSdk: 18, v1: true, v2: false, v3: false },
  ec: { signers: ['ec'], minSdk: 18, v1: true, v2: true, v3: true },
  dsa: { signers: ['dsa'], minSdk: 21, v1: true, v2: true, v3: true },
  debug: { signers: ['debug'], minSdk: 18, v1: true, v2: true, v3: true },
  twoSigners: { signers: ['rsa', 'ec'], minSdk: 18, v1: true, v2: true, v3: false },
  rotated: { signers: ['rsa', 'rsa2'], minSdk: 18, v1: true, v2: true, v3: true, lineage: true },
  aosp: { signers: ['aosp'], minSdk: 18, v1: true, v2: true, v3: true },
  labelled: { signers: ['rsa'], minSdk: 18, v1: true, v2: true, v3: true, resources: true },
} as const satisfies Record<string, ApkRecipe>
export type ApkName = keyof typeof apks

export interface FilingFixtures {
  dir: string
  apk(name: ApkName): string
  /** `apksigner verify -v --print-certs` output for an APK. */
  apksignerOutput(name: ApkName): string
  /** `aapt dump badging` output for an APK (package, versions, SDK levels). */
  badging(name: ApkName): string
  /** The key's certificate as PEM, exported by keytool. */
  keyCertificatePem(name: KeyName): string
  /** Any other fixture file by name (ipa, certificates, bad inputs). */
  file(name: string): string
}

const builderSources = ['apk-fixtures.ts', 'ios-fixtures.ts', 'bad-fixtures.ts', 'run-tool.ts']

const here = fileURLToPath(new URL('.', import.meta.url))
/** The committed fixtures (see above). */
export const COMMITTED_DIR = join(here, 'fixtures')

/** Hash of the builders' source: fixtures made from other source are not used. */
export function builderHash(): string {
  const hash = createHash('sha256')
  for (const name of builderSources) hash.update(readFileSync(join(here, name)))
  return hash.digest('hex').slice(0, 12)
}

function committedFixtures(): string | null {
  try {
    return readFileSync(join(COMMITTED_DIR, 'SOURCE'), 'utf8').trim() === builderHash() ? COMMITTED_DIR : null
  } catch {
    return null
  }
}

function fixturesDir(): string {
  return committedFixtures() ?? join(tmpdir(), `paperdesk-filing-fixtures-${builderHash()}`)
}

function manifestXml(label = APP_LABEL): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="${PACKAGE_NAME}"
    android:versionCode="${VERSION_CODE}" android:versionName="${VERSION_NAME}">
  <uses-sdk android:minSdkVersion="18" android:targetSdkVersion="29"/>
  <application android:label="${label}"/>
</manifest>
`
}

/** Makes a key with keytool and records its certificate as keytool exports it. */
export function makeKey(dir: string, name: KeyName): void {
  if (name === 'aosp') {
    writeFileSync(join(dir, 'aosp.pk8'), Buffer.from(AOSP_TESTKEY_PK8_BASE64, 'base64'))
    const body = AOSP_TESTKEY_CERT_BASE64.match(/.{1,64}/g)?.join('\n') ?? ''
    writeFileSync(
      join(dir, 'aosp.cert.pem'),
      `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`,
    )
    return
  }
  const { args, dname } = keys[name]
  const pass = ['-storepass', STORE_PASS, '-keypass', STORE_PASS]
  const alias = name === 'debug' ? 'androiddebugkey' : name
  run(
    'keytool',
    [
      '-genkeypair',
      '-keystore',
      `${name}.jks`,
      ...pass,
      '-alias',
      alias,
      ...args,
      '-dname',
      dname,
      '-validity',
      '3650',
    ],
    dir,
  )
  const pem = run(
    'keytool',
    ['-exportcert', '-rfc', '-keystore', `${name}.jks`, '-storepass', STORE_PASS, '-alias', alias],
    dir,
  )
  writeFileSync(join(dir, `${name}.cert.pem`), pem)
}

function signerArgs(name: KeyName): string[] {
  if (name === 'aosp') return ['--key', 'aosp.pk8', '--cert', 'aosp.cert.pem']
  return ['--ks', `${name}.jks`, '--ks-pass', `pass:${STORE_PASS}`]
}

/** Signs a copy of `unsigned.apk` as the recipe says and records apksigner's own report. */
export function makeApk(dir: string, name: string, recipe: ApkRecipe): void {
  const file = `${name}.apk`
  writeFileSync(
    join(dir, file),
    readFileSync(join(dir, recipe.resources ? 'unsigned-res.apk' : 'unsigned.apk')),
  )
  const signers = recipe.signers.flatMap((key, i) => [
    ...(i > 0 ? ['--next-signer'] : []),
    ...signerArgs(key),
  ])
  if (recipe.lineage) {
    const [old, next] = recipe.signers
    run(
      'apksigner',
      [
        'rotate',
        '--out',
        'lineage',
        '--old-signer',
        ...signerArgs(old as KeyName),
        '--new-signer',
        ...signerArgs(next as KeyName),
      ],
      dir,
    )
  }
  run(
    'apksigner',
    [
      'sign',
      ...signers,
      ...(recipe.lineage ? ['--lineage', 'lineage'] : []),
      '--min-sdk-version',
      String(recipe.minSdk),
      '--v1-signing-enabled',
      String(recipe.v1),
      '--v2-signing-enabled',
      String(recipe.v2),
      '--v3-signing-enabled',
      String(recipe.v3),
      '--v4-signing-enabled',
      'false',
      file,
    ],
    dir,
  )
  const report = run(
    'apksigner',
    ['verify', '-v', '--print-certs', '--min-sdk-version', String(recipe.minSdk), file],
    dir,
  )
  writeFileSync(join(dir, `${name}.apksigner.txt`), report)
  writeFileSync(join(dir, `${name}.badging.txt`), run('aapt', ['dump', 'badging', file], dir))
}

/** unsigned-res.apk: the label is `@string/app_name`, resolved through resources.arsc by locale. */
function buildResourceApk(work: string): void {
  const res = join(work, 'res-build')
  for (const [locale, value] of Object.entries(RESOURCE_LABELS)) {
    const folder = join(res, 'res', locale ? `values-${locale.replace('-', '-r')}` : 'values')
    mkdirSync(folder, { recursive: true })
    writeFileSync(
      join(folder, 'strings.xml'),
      `<?xml version="1.0" encoding="utf-8"?>\n<resources><string name="app_name">${value}</string></resources>\n`,
    )
  }
  writeFileSync(join(res, 'AndroidManifest.xml'), manifestXml('@string/app_name'))
  run(
    'aapt',
    [
      'package',
      '-f',
      '-M',
      'AndroidManifest.xml',
      '-S',
      'res',
      '-I',
      FRAMEWORK_RES,
      '-F',
      '../unsigned-res.apk',
    ],
    res,
  )
}

export function build(target: string): void {
  const work = mkdtempSync(`${target}.building-`)
  try {
    writeFileSync(join(work, 'AndroidManifest.xml'), manifestXml())
    run(
      'aapt',
      ['package', '-f', '-M', 'AndroidManifest.xml', '-I', FRAMEWORK_RES, '-F', 'unsigned.apk'],
      work,
    )
    buildResourceApk(work)
    for (const name of Object.keys(keys) as KeyName[]) makeKey(work, name)
    for (const [name, recipe] of Object.entries(apks)) makeApk(work, name, recipe)
    buildIosFixtures(work)
    buildBadFixtures(work)
    // What only the build needed: the resource project's sources.
    rmSync(join(work, 'res-build'), { recursive: true, force: true })
    try {
      renameSync(work, target)
    } catch {
      // another test file built the same fixtures first; theirs are as good
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

let cached: FilingFixtures | null = null

/** Rebuilds the committed fixtures (`npm run fixtures:filing`). */
export function rebuildCommitted(): void {
  const fresh = `${COMMITTED_DIR}.new`
  rmSync(fresh, { recursive: true, force: true })
  build(fresh)
  writeFileSync(join(fresh, 'SOURCE'), `${builderHash()}\n`)
  rmSync(COMMITTED_DIR, { recursive: true, force: true })
  cpSync(fresh, COMMITTED_DIR, { recursive: true })
  rmSync(fresh, { recursive: true, force: true })
}

/** The fixtures: the committed ones, else built on first use and shared by the tests of this and later runs. */
export function filingFixtures(): FilingFixtures {
  if (cached) return cached
  const dir = fixturesDir()
  if (!existsSync(join(dir, 'unsigned.apk'))) {
    mkdirSync(tmpdir(), { recursive: true })
    build(dir)
  }
  cached = {
    dir,
    apk: (name) => join(dir, `${name}.apk`),
    apksignerOutput: (name) => readFileSync(join(dir, `${name}.apksigner.txt`), 'utf8'),
    badging: (name) => readFileSync(join(dir, `${name}.badging.txt`), 'utf8'),
    keyCertificatePem: (name) => readFileSync(join(dir, `${name}.cert.pem`), 'utf8'),
    file: (name) => join(dir, name),
  }
  return cached
}
