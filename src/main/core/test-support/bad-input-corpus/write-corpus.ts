import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { entryPointsFor, expectedOutcome, P12_PASSWORD, writeCorpus } from './index'

/**
 * `npm run corpus -- DIR`: writes the bad-input corpus into DIR, with a README listing what each
 * file is and what every entry point should answer, so a person can try the files in the app.
 */
async function main(): Promise<void> {
  const target = process.argv[2]
  if (!target) {
    console.error('usage: npm run corpus -- DIR')
    process.exitCode = 2
    return
  }
  const dir = resolve(target)
  mkdirSync(dir, { recursive: true })
  const files = await writeCorpus(dir)
  const lines = files.map(({ entry }) => {
    const expected = entryPointsFor(entry.name).map((p) => `${p}: ${expectedOutcome(entry, p)}`)
    return `${entry.name.padEnd(30)} ${entry.about}\n${' '.repeat(31)}${expected.join(', ')}`
  })
  writeFileSync(
    join(dir, 'README.txt'),
    `Paperdesk bad-input corpus (issue 19). Every .p12 has the password ${P12_PASSWORD}.\n\n${lines.join('\n')}\n`,
  )
  console.log(`${files.length} files written to ${dir} (see README.txt)`)
}

void main()
