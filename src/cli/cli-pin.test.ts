import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { PDFDocument, rgb } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { plainImage, scribble } from '../main/core/sign/test-support/sign-fixtures'
import { useTempDirs } from '../main/core/test-support/temp-dir'
import { commandTable } from './command-table'
import { runCaptured } from './test-support/run-captured'

// Pins what users and scripts see of `paperdesk`: every help text byte for byte, and the exit code,
// stdout and stderr of one run of each command (and of the refusals scripts rely on). The goldens
// are in ./golden/; a change there is a change of the CLI's behaviour and must be meant.

const tempDir = useTempDirs()
const PIN = resolve(__dirname, 'test-support/pin')

/** One invocation as the golden shows it: the command line, the exit code, then what it printed. */
function transcript(argv: readonly string[], run: { code: number; stdout: string; stderr: string }) {
  return [
    `$ paperdesk ${argv.join(' ')}`,
    `[exit ${run.code}]`,
    ...(run.stdout ? [run.stdout] : []),
    ...(run.stderr ? ['[stderr]', run.stderr] : []),
    '',
  ].join('\n')
}

describe('paperdesk help texts', () => {
  it('are exactly the pinned ones', async () => {
    const runs = [['--help'], ...commandTable.map((c) => [...c.words, '--help'])]
    const parts: string[] = []
    for (const argv of runs) parts.push(transcript(argv, await runCaptured(argv)))
    await expect(parts.join('\n')).toMatchFileSnapshot('./golden/help.txt')
  })
})

/**
 * What must vary between two runs, and nothing else, is replaced:
 * - the temp folder the run works in → `<TMP>` (a new one per run), and this checkout's folder of
 *   fixed certificates → `<PIN>` (the repository may stand anywhere);
 * - times taken from the clock while the test runs (createdAt, updatedAt, signedAt…): any ISO
 *   time within a day of the run → `<NOW>`. The fixed certificates' times (2024, 2124) stay;
 * - the JSON paths a step lists in `vary` → `<varies>`: what is made from the clock or a fresh
 *   random key beyond a time itself: the sha256 of a PDF whose signature holds its signing time,
 *   the size of a file that prints the day or time it was made (4 vs 14 December), the safety
 *   copy's time-stamped file name.
 * Ids are not normalised: every run starts on an empty data folder, so they are always the same.
 */
function normalise(text: string, where: { tmp: string; start: number }, vary: readonly string[] = []) {
  let out = text.split(where.tmp).join('<TMP>').split(PIN).join('<PIN>')
  out = out.replace(/"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)"/g, (whole, time: string) =>
    Math.abs(Date.parse(time) - where.start) < DAY_MS ? '"<NOW>"' : whole,
  )
  if (vary.length === 0) return out
  const value: unknown = JSON.parse(out)
  // The CLI prints JSON.stringify(value, null, 2): parsing and printing again loses no byte.
  expect(JSON.stringify(value, null, 2)).toBe(out)
  for (const path of vary) mask(value, path.split('.'))
  return JSON.stringify(value, null, 2)
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Replaces the value at `path` (`*` matches any key or index); a path that matches nothing is a mistake. */
function mask(value: unknown, path: readonly string[]): void {
  const [head, ...rest] = path
  if (typeof value !== 'object' || value === null || head === undefined)
    throw new Error(`no ${path.join('.')}`)
  const record = value as Record<string, unknown>
  const keys = head === '*' ? Object.keys(record) : [head]
  for (const key of keys) {
    if (!(key in record)) throw new Error(`no ${key} to mask`)
    if (rest.length === 0) record[key] = '<varies>'
    else mask(record[key], rest)
  }
}

/** A PDF without a creation time (pdf-lib writes none with updateMetadata false): same bytes every run. */
async function fixedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  for (const [w, h] of [
    [595, 842],
    [595, 842],
  ] as const) {
    const page = doc.addPage([w, h])
    page.drawRectangle({ x: 20, y: 20, width: w - 40, height: h - 40, borderColor: rgb(0.7, 0.7, 0.7) })
  }
  return doc.save()
}

interface Step {
  /** The command line, split at spaces; `$D` is the run's folder, `$PIN` the fixed certificates'. */
  line: string
  /** JSON paths whose values are made from the clock or a fresh key (see `normalise`). */
  vary?: string[]
}

const WHERE = '--x 0.6 --y 0.7 --width 0.25'
const SIGN_PDF = `sign pdf --in $D/contract.pdf --signature 1 ${WHERE}`
const SIGN_IMAGE = `sign image --background $D/scan.png --signature 1`
const P12 = '$PIN/signer.p12 --password-file $PIN/signer-password.txt'

const scenario: Step[] = [
  { line: 'db check' },
  { line: 'notes add --title 周报 --md-file $D/week.md --notebook 工作 --tag 周报' },
  { line: 'notes import $D/a.md $D/b.html $D/c.txt' },
  { line: 'notes list' },
  { line: 'notes search 数据库' },
  { line: 'notes export 1 2 --format md --out $D/out/notes.md' },
  { line: 'notes export 1 --format html --out $D/out/notes.html', vary: ['bytes'] },
  { line: 'sign save-signature --name 我的签名 --strokes $D/strokes.json' },
  { line: 'sign list-signatures' },
  { line: `${SIGN_IMAGE} ${WHERE} --out $D/out/scan-signed.png` },
  { line: `${SIGN_PDF} --out $D/out/contract-signed.pdf --pages all --rotate 10 --opacity 0.8` },
  {
    line: `sign batch $D/scan.png $D/contract.pdf --signature $D/strokes.json ${WHERE} --pages first --out-dir $D/out/batch`,
  },
  { line: `sign identity import ${P12}` },
  { line: 'sign identity list' },
  {
    line: 'sign identity new --name 李四 --org 某某科技有限公司 --algorithm ecdsa-p256 --days 30 --password-file $D/pw.txt',
  },
  { line: 'sign identity export-cert 1 --out $D/out/me.cer' },
  { line: 'sign identity delete 2' },
  {
    line: `${SIGN_PDF} --out $D/out/certified.pdf --certify 1 --password-file $PIN/signer-password.txt --reason 同意 --location 北京 --contact me@example.cn`,
    vary: ['outputSha256'],
  },
  { line: 'sign trust add $PIN/ca.cer' },
  { line: 'sign trust list' },
  { line: 'sign verify $D/out/certified.pdf', vary: ['sha256'] },
  {
    line: `sign pdf --in $D/out/certified.pdf --out $D/out/twice.pdf --signature $D/strokes.json ${WHERE} --certify ${P12} --cades`,
    vary: ['inputSha256', 'outputSha256'],
  },
  { line: 'sign verify $D/out/twice.pdf', vary: ['sha256'] },
  { line: 'sign trust remove AB' },
  { line: 'sign history --limit 2', vary: ['0.inputSha256', '*.outputSha256'] },
  { line: 'filing inspect $PIN/chain.pem' },
  { line: 'filing inspect $D/chain.p7b' },
  { line: 'filing validate --kind id 11010519491231002X' },
  { line: 'filing validate --kind mobile 1380013800' },
  { line: 'filing new --provider aliyun --app-name 备案助手 --province 京' },
  { line: 'filing list' },
  { line: 'filing step 1 collect-feature-info --status done --note 已收集' },
  { line: 'filing show 1' },
  { line: 'filing export 1 --out $D/out/sheet.pdf --checklist --locale en', vary: ['bytes'] },
  { line: 'db backup $D/out/copy.sqlite' },
  { line: 'db restore $D/out/copy.sqlite', vary: ['safetyCopy'] },
]

/** Refusals: bad usage (exit 2), bad values and missing files (exit 1), as text or JSON. */
const refusals: Step[] = [
  { line: 'nope' },
  { line: 'notes add --title x' },
  { line: 'notes export 1 --format doc --out $D/x.doc' },
  { line: 'notes export 1 --format pdf --out $D/x.pdf --page-size A3' },
  { line: 'notes export 1 --format pdf --out $D/x.pdf --margin-mm 90' },
  { line: 'notes export 1 --format md --out $D/x.md --locale fr' },
  { line: 'notes export x1 --format md --out $D/x.md' },
  { line: '--json notes export 99 --format md --out $D/x.md' },
  { line: 'notes import $D/missing.md' },
  { line: 'sign save-signature --name x --svg $D/a.md --png $D/a.md' },
  { line: '--json sign save-signature --name x --strokes $D/a.md' },
  { line: `${SIGN_IMAGE} ${WHERE} --out $D/x.gif` },
  { line: `${SIGN_IMAGE} ${WHERE} --out $D/x.png --date-format nope` },
  { line: `${SIGN_IMAGE} --x a --y 0 --width 1 --out $D/x.png` },
  { line: `--json ${SIGN_IMAGE} --x 2 --y 0 --width 0.5 --out $D/x.png` },
  { line: `--json ${SIGN_IMAGE} --x 5 --y 0 --width 0.5 --out $D/x.png` },
  { line: `--json ${SIGN_IMAGE} --x 0 --y 0 --width 0 --out $D/x.png` },
  { line: `--json ${SIGN_IMAGE} ${WHERE} --opacity 0 --out $D/x.png` },
  { line: `--json ${SIGN_IMAGE} ${WHERE} --rotate 400 --out $D/x.png` },
  { line: `--json ${SIGN_IMAGE} ${WHERE} --label ${'长'.repeat(41)} --out $D/x.png` },
  { line: `--json ${SIGN_IMAGE} ${WHERE} --quality 0 --out $D/x.jpg` },
  { line: `${SIGN_PDF} --out $D/x.png` },
  { line: `${SIGN_PDF} --out $D/x.pdf --pages 0` },
  { line: `--json ${SIGN_PDF} --out $D/x.pdf --pages 7` },
  { line: `--json sign pdf --in $D/contract.pdf --signature 9 ${WHERE} --out $D/x.pdf` },
  { line: `${SIGN_PDF} --out $D/x.pdf --certify 1` },
  { line: `${SIGN_PDF} --out $D/x.pdf --certify 1 --password-file $D/no-such` },
  { line: `--json ${SIGN_PDF} --out $D/x.pdf --certify 1 --password-file $D/pw.txt` },
  {
    line: `--json ${SIGN_PDF} --out $D/x.pdf --certify 1 --password-file $PIN/signer-password.txt --reason ${'r'.repeat(201)}`,
  },
  { line: `sign batch $D/scan.png --signature 1 ${WHERE} --out-dir $D/b --pages 2` },
  { line: '--json sign identity new --name x --algorithm dsa --password-file $D/pw.txt' },
  { line: '--json sign identity new --name x --days 0 --password-file $D/pw.txt' },
  { line: '--json sign identity new --name x --email not-an-email --password-file $D/pw.txt' },
  { line: `--json sign identity new --name ${'名'.repeat(65)} --password-file $D/pw.txt` },
  { line: '--json sign identity import $PIN/signer.p12 --password-file $D/pw.txt' },
  { line: 'sign identity export-cert 0 --out $D/x.cer' },
  { line: 'sign identity delete 5' },
  { line: '--json sign verify $D/missing.pdf' },
  { line: 'sign verify $D/contract.pdf' },
  { line: '--json sign trust add $D/a.md' },
  { line: 'sign history --limit many' },
  { line: '--json sign history --limit -1' },
  { line: '--json filing inspect $D/a.md' },
  { line: 'filing validate --kind nope x' },
  { line: '--json filing validate --kind uscc 91110000600037341L' },
  { line: 'filing new --provider aliyun --app-name x --province 火星' },
  { line: '--json filing new --provider nope --app-name x' },
  { line: '--json filing new --provider aliyun --app-name x --type nope' },
  { line: 'filing show one' },
  { line: '--json filing show 42' },
  { line: 'filing step 1 submit' },
  { line: '--json filing step 1 no-such-step --status done' },
  { line: '--json filing step 1 submit --status finished' },
  { line: 'filing export 1 --out $D/x.pdf --locale fr' },
  { line: 'db restore $D/missing.sqlite' },
  { line: 'db backup $D/a.md' },
]

async function prepare(d: string): Promise<void> {
  mkdirSync(join(d, 'out'))
  writeFileSync(join(d, 'week.md'), '## 本周\n\n完成了**数据库**迁移。\n\n- 备份\n- 恢复\n')
  writeFileSync(join(d, 'a.md'), '# 会议纪要\n\n讨论数据库索引。\n')
  writeFileSync(join(d, 'b.html'), '<h1>Roadmap</h1><p>Ship <b>v2</b><script>alert(1)</script></p>')
  writeFileSync(join(d, 'c.txt'), 'plain text\nsecond line\n')
  writeFileSync(join(d, 'pw.txt'), 'a passphrase for keys\n')
  writeFileSync(join(d, 'strokes.json'), JSON.stringify(scribble('#1a3cff')))
  writeFileSync(join(d, 'scan.png'), await plainImage(600, 400, { format: 'png' }))
  writeFileSync(join(d, 'contract.pdf'), await fixedPdf())
  copyFileSync(join(PIN, 'chain.pem'), join(d, 'chain.pem'))
  execFileSync('openssl', [
    'crl2pkcs7',
    '-nocrl',
    '-certfile',
    join(d, 'chain.pem'),
    '-outform',
    'DER',
    '-out',
    join(d, 'chain.p7b'),
  ])
}

/** Runs each step on one data folder and returns the transcripts, normalised. */
async function runSteps(d: string, steps: readonly Step[], json: boolean): Promise<string> {
  const at = { tmp: d, start: Date.now() }
  const parts: string[] = []
  for (const step of steps) {
    const argv = step.line.split(' ').map((a) => a.replace('$D', d).replace('$PIN', PIN))
    const run = await runCaptured(['--data-dir', join(d, 'data'), ...(json ? ['--json'] : []), ...argv])
    parts.push(
      transcript(step.line.split(' '), {
        code: run.code,
        stdout: normalise(run.stdout, at, step.vary),
        stderr: normalise(run.stderr, at),
      }),
    )
  }
  return parts.join('\n')
}

describe('paperdesk runs', () => {
  it(
    'print exactly the pinned JSON and exit codes, one run of each command',
    { timeout: 180_000 },
    async () => {
      const d = tempDir()
      await prepare(d)
      await expect(await runSteps(d, scenario, true)).toMatchFileSnapshot('./golden/runs.txt')
    },
  )

  it(
    'refuse exactly as pinned: bad usage exits 2, bad values and files exit 1',
    { timeout: 120_000 },
    async () => {
      const d = tempDir()
      await prepare(d)
      // One note, one signature, one identity and one filing to refuse things about.
      const seed = [
        'notes add --title n --md-file $D/a.md',
        'sign save-signature --name s --strokes $D/strokes.json',
        `sign identity import ${P12}`,
        'filing new --provider aliyun --app-name x',
      ]
      expect(
        await runSteps(
          d,
          seed.map((line) => ({ line })),
          false,
        ),
      ).not.toMatch(/\[exit [12]\]/)
      await expect(await runSteps(d, refusals, false)).toMatchFileSnapshot('./golden/refusals.txt')
    },
  )
})
