import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AssetStore } from '../src/main/core/assets/asset-store'
import { DataStore } from '../src/main/core/db/data-store'
import { NotesCore, type NewNote } from '../src/main/core/notes/notes-core'
import { SettingStore } from '../src/main/core/settings/setting-store'

/** A deterministic random source, so every run measures the same notes. */
export function seeded(seed = 42): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const HAN =
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坐集编宝谈府拉黑且随格尽剑讲布杀微怕母调局根曾准团段终乐切级克精哪官示冷域读'
// English-like words with a Zipf distribution (the k-th most common word is k times rarer than
// the first), the way word frequencies fall in real text: a few words everywhere, most words rare.
const SYLLABLES =
  'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo'.split(
    ' ',
  )
const WORDS: string[] = []
{
  const random = seeded(99)
  const seen = new Set<string>()
  while (WORDS.length < 3000) {
    const n = 2 + Math.floor(random() * 2)
    let w = ''
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)]
    if (!seen.has(w)) {
      seen.add(w)
      WORDS.push(w)
    }
  }
}
const ZIPF: number[] = []
{
  let total = 0
  for (let k = 1; k <= WORDS.length; k++) ZIPF.push((total += 1 / k))
  for (let k = 0; k < ZIPF.length; k++) ZIPF[k] = (ZIPF[k] as number) / total
}
function zipfWord(random: () => number): string {
  const x = random()
  let lo = 0
  let hi = ZIPF.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((ZIPF[mid] as number) < x) lo = mid + 1
    else hi = mid
  }
  return WORDS[lo] as string
}

/** Mixed Chinese/English prose of about `chars` characters, in paragraphs. */
export function prose(random: () => number, chars: number): string[] {
  const paragraphs: string[] = []
  let total = 0
  while (total < chars) {
    let p = ''
    while (p.length < 120 + random() * 200) {
      if (random() < 0.6) {
        const n = 2 + Math.floor(random() * 4)
        for (let i = 0; i < n; i++) p += HAN[Math.floor(random() * HAN.length)]
        p += random() < 0.2 ? '，' : ''
      } else {
        p += ` ${zipfWord(random)} `
      }
    }
    paragraphs.push(`${p.trim()}。`)
    total += p.length
  }
  return paragraphs
}

export const toHtml = (paragraphs: readonly string[]) => paragraphs.map((p) => `<p>${p}</p>`).join('')

export function openBenchNotes(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const store = new DataStore(dir)
  const blobs = new AssetStore(store)
  const core = new NotesCore({ store, settings: new SettingStore(store), blobs })
  return { dir, store, blobs, core }
}

/** Adds `count` notes of about `chars` characters each, in batches of one transaction. */
export async function addNotes(
  core: NotesCore,
  count: number,
  chars: number,
  random: () => number,
): Promise<void> {
  for (let done = 0; done < count; done += 500) {
    const batch: NewNote[] = []
    for (let i = done; i < Math.min(count, done + 500); i++) {
      const text = prose(random, chars)
      batch.push({ title: `${text[0]!.slice(0, 12)} ${i}`, html: toHtml(text), notebookId: null })
    }
    await core.addNotes(batch)
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

export const round = (n: number, digits = 2) => Number(n.toFixed(digits))
