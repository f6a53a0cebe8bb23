import { afterAll, describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/app-error'
import { searchNotes } from '../notes/search/note-search'
import { openTestNotes } from '../notes/test-notes-core'
import { useTempDirs } from '../test-support/temp-dir'
import { createOcrDoor, type OcrDoor } from './ocr-door'
import { textImage } from './test-support/scans'

const tempDir = useTempDirs()
const doors: OcrDoor[] = []
afterAll(() => Promise.all(doors.map((d) => d.close())))

function setup() {
  const t = openTestNotes(tempDir())
  const door = createOcrDoor({ store: t.store })
  doors.push(door)
  const search = (query: string) =>
    searchNotes(t.store, { query, notebookId: null, tagId: null, limit: 20 }).hits
  return { t, door, search }
}

const picture = async (lines: string[]) =>
  `<img src="data:image/png;base64,${(await textImage(lines, { width: 900 })).toString('base64')}">`

describe('text inside the pictures of notes', () => {
  it('is read in the background and found by search, the snippet saying it is in a picture', async () => {
    const { t, door, search } = setup()
    const img = await picture(['营业执照', '统一社会信用代码 91110000MA01ABCD2X'])
    const [scan, plain] = await t.core.addNotes([
      { title: '公司证照', html: `<p>扫描件如下</p>${img}`, notebookId: null },
      { title: '购物清单', html: '<p>牛奶 面包</p>', notebookId: null },
    ])
    expect(search('营业执照')).toEqual([])
    expect(door.noteImagesPending()).toBe(2)
    const seen: number[] = []
    const report = await door.indexNoteImages({ onProgress: (p) => seen.push(p.done) })
    expect(report).toMatchObject({ notes: 2, imagesRead: 1, imagesFailed: 0, pending: 0 })
    expect(seen.at(-1)).toBe(2)
    const [hit] = search('营业执照')
    expect(hit).toMatchObject({ id: scan, inImage: true })
    expect(hit!.snippetHtml).toContain('<mark>营业执照</mark>')
    expect(search('91110000MA01ABCD2X').map((h) => h.id)).toEqual([scan])
    // The note's own words are found as before, not as a picture's.
    expect(search('扫描件')[0]).not.toHaveProperty('inImage')
    expect(search('牛奶').map((h) => h.id)).toEqual([plain])

    // Nothing new: nothing read again.
    expect(await door.indexNoteImages()).toMatchObject({ notes: 0, imagesRead: 0 })
    // A save that keeps the picture keeps its text findable at once; the note is looked at
    // again, but the picture is not read twice.
    const html = t.core.notes.get(scan!).html
    await t.core.save(scan!, '公司证照', html.replace('扫描件如下', '扫描件如下（2024 年版）'))
    expect(search('营业执照').map((h) => h.id)).toEqual([scan])
    expect(await door.indexNoteImages()).toMatchObject({ notes: 1, imagesRead: 0 })
    expect(search('营业执照').map((h) => h.id)).toEqual([scan])
    // The picture taken out of the note: its text goes from the note's search too.
    await t.core.save(scan!, '公司证照', '<p>扫描件已移走</p>')
    await door.indexNoteImages()
    expect(search('营业执照')).toEqual([])
    t.close()
  }, 120_000)

  it('resumes after a stop: what was not done waits in the database for the next run', async () => {
    const { t, door, search } = setup()
    await t.core.addNotes([{ title: '发票', html: `${await picture(['增值税专用发票'])}`, notebookId: null }])
    const stopped = new AbortController()
    stopped.abort()
    await expect(door.indexNoteImages({ signal: stopped.signal })).rejects.toBeInstanceOf(AppError)
    expect(door.noteImagesPending()).toBe(1)
    // A new door on the same database (the app started again) picks the work up.
    const again = createOcrDoor({ store: t.store })
    doors.push(again)
    expect(await again.indexNoteImages()).toMatchObject({ notes: 1, imagesRead: 1 })
    expect(search('增值税').map((h) => h.inImage)).toEqual([true])
    t.close()
  }, 120_000)
})
