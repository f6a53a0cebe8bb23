import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { certificateEntries } from './certificate-entries'
import type { CorpusEntry } from './corpus-entry'
import { imageEntries } from './image-entries'
import { noteEntries } from './note-entries'
import { packageEntries } from './package-entries'
import { pdfEntries } from './pdf-entries'

export { P12_PASSWORD } from './certificate-entries'
export * from './corpus-entry'

/** Every malformed file of the corpus (issue 19 item 2), generated in code. */
export const corpus: readonly CorpusEntry[] = [
  ...imageEntries,
  ...pdfEntries,
  ...packageEntries,
  ...certificateEntries,
  ...noteEntries,
]

export interface CorpusFile {
  entry: CorpusEntry
  path: string
}

/** Writes every corpus file into `dir` (which must exist); the files, in corpus order. */
export async function writeCorpus(dir: string): Promise<CorpusFile[]> {
  const names = new Set<string>()
  const files: CorpusFile[] = []
  for (const entry of corpus) {
    if (names.has(entry.name)) throw new Error(`two corpus files named ${entry.name}`)
    names.add(entry.name)
    const path = join(dir, entry.name)
    writeFileSync(path, await entry.bytes())
    files.push({ entry, path })
  }
  return files
}
