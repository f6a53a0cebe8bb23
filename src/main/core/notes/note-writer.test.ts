import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../test-support/temp-dir'
import {
  AUTO_REVISION_INTERVAL_MS,
  contentChanged,
  needsAutoRevision,
  needsCheckpoint,
  retentionCutoff,
} from './revision-policy'
import { openTestNotes } from './test-notes-core'

const tempDir = useTempDirs()
const MINUTE = 60_000

describe('revision policy', () => {
  const now = new Date('2025-03-01T10:00:00Z')
  const v1 = { title: 'T', html: '<p>one</p>' }
  const v2 = { title: 'T', html: '<p>two</p>' }

  it('detects a change in the title or the text only', () => {
    expect(contentChanged(v1, { ...v1 })).toBe(false)
    expect(contentChanged(v1, v2)).toBe(true)
    expect(contentChanged(v1, { ...v1, title: 'T2' })).toBe(true)
  })

  it('keeps one revision per ten minutes, never of an empty note or of no change', () => {
    expect(needsAutoRevision(v1, v2, null, now)).toBe(true)
    expect(needsAutoRevision(v1, v1, null, now)).toBe(false)
    expect(needsAutoRevision({ title: '', html: '' }, v2, null, now)).toBe(false)
    expect(needsAutoRevision({ title: 'Only a title', html: '' }, v2, null, now)).toBe(false)
    const nineAgo = new Date(now.getTime() - 9 * MINUTE).toISOString()
    const tenAgo = new Date(now.getTime() - AUTO_REVISION_INTERVAL_MS).toISOString()
    expect(needsAutoRevision(v1, v2, nineAgo, now)).toBe(false)
    expect(needsAutoRevision(v1, v2, tenAgo, now)).toBe(true)
  })

  it('keeps a checkpoint when the text differs from the newest revision, never of an empty note', () => {
    expect(needsCheckpoint(v2, null)).toBe(true)
    expect(needsCheckpoint(v2, v1)).toBe(true)
    expect(needsCheckpoint(v2, { ...v2 })).toBe(false)
    expect(
      needsCheckpoint({ title: 'T', html: '<p>two</p>' }, { title: 'Renamed', html: '<p>two</p>' }),
    ).toBe(true)
    expect(needsCheckpoint({ title: '', html: '' }, null)).toBe(false)
    expect(needsCheckpoint({ title: 'Only a title', html: '' }, null)).toBe(true)
  })

  it('turns retention days into a cutoff; 0 keeps everything', () => {
    expect(retentionCutoff(now, 0)).toBeNull()
    expect(retentionCutoff(now, 7)).toBe('2025-02-22T10:00:00.000Z')
  })
})

describe('saving a note', () => {
  it('writes nothing when nothing changed, and says so', async () => {
    const t = openTestNotes(tempDir())
    const [id] = await t.core.addNotes([{ title: 'A', html: '<p>x</p>', notebookId: null }])
    const before = t.core.notes.get(id!).updatedAt
    t.advance(MINUTE)
    const result = await t.core.save(id!, 'A', '<p>x</p>')
    expect(result).toEqual({ saved: false, updatedAt: before, revisionId: null })
    t.advance(MINUTE)
    const changed = await t.core.save(id!, 'A', '<p>y</p>')
    expect(changed.saved).toBe(true)
    expect(t.core.notes.get(id!)).toMatchObject({ html: '<p>y</p>', updatedAt: t.clock.now.toISOString() })
    // The text the short-query scan reads is the new one.
    expect(
      t.store.db.prepare("SELECT body FROM note_chunk WHERE note_id = ? AND body <> ''").pluck().all(id),
    ).toEqual(['y'])
    t.close()
  })

  it('keeps the earlier text as a revision at most once per ten minutes of editing', async () => {
    const t = openTestNotes(tempDir())
    const [id] = await t.core.addNotes([{ title: 'Plan', html: '<p>v0</p>', notebookId: null }])
    for (let i = 1; i <= 25; i++) {
      t.advance(MINUTE)
      await t.core.save(id!, 'Plan', `<p>v${i}</p>`)
    }
    // Saves at minutes 1..25: revisions at 1 (of v0), 11 (of v10) and 21 (of v20).
    const revisions = t.core.revisions.list(id!)
    expect(revisions.map((r) => t.core.revisions.get(r.id).html)).toEqual([
      '<p>v20</p>',
      '<p>v10</p>',
      '<p>v0</p>',
    ])
    expect(revisions.map((r) => [r.reason, r.bytes])).toEqual([
      ['auto', 10],
      ['auto', 10],
      ['auto', 9],
    ])
    t.close()
  })

  it('restoring keeps the current text first, then brings the old one back (search follows)', async () => {
    const t = openTestNotes(tempDir())
    const [id] = await t.core.addNotes([{ title: 'Doc', html: '<p>老版本 original</p>', notebookId: null }])
    t.advance(MINUTE)
    await t.core.save(id!, 'Doc', '<p>新版本 rewritten</p>')
    const [old] = t.core.revisions.list(id!)
    t.core.restoreRevision(old!.id)
    expect(t.core.notes.get(id!).html).toBe('<p>老版本 original</p>')
    const reasons = t.core.revisions.list(id!).map((r) => r.reason)
    expect(reasons).toEqual(['before-restore', 'auto'])
    const chunks = t.store.db
      .prepare('SELECT count(*) FROM note_fts WHERE note_fts MATCH \'"original"\'')
      .pluck()
      .get()
    expect(chunks).toBe(1)
    t.close()
  })

  it('prunes revisions past the retention setting', async () => {
    const t = openTestNotes(tempDir())
    t.core.preferences.update({ revisionRetentionDays: 7 })
    const [id] = await t.core.addNotes([{ title: 'R', html: '<p>0</p>', notebookId: null }])
    for (let day = 1; day <= 10; day++) {
      t.advance(86_400_000)
      await t.core.save(id!, 'R', `<p>${day}</p>`)
    }
    const ages = t.core.revisions
      .list(id!)
      .map((r) => (t.clock.now.getTime() - Date.parse(r.createdAt)) / 86_400_000)
    expect(Math.max(...ages)).toBeLessThanOrEqual(7)
    expect(ages.length).toBe(8)
    t.close()
  })

  it('a checkpoint keeps the note as it was left, once, within the retention', async () => {
    const t = openTestNotes(tempDir())
    t.core.preferences.update({ revisionRetentionDays: 7 })
    const [id] = await t.core.addNotes([{ title: 'Plan', html: '<p>old</p>', notebookId: null }])
    t.advance(60 * MINUTE)
    // The first save after an hour keeps the old text (the ten-minute policy) …
    await t.core.save(id!, 'Plan', '<p>half-typ</p>')
    t.advance(8 * MINUTE)
    await t.core.save(id!, 'Plan', '<p>half-typed word finished, and a paragraph more.</p>')
    expect(t.core.revisions.list(id!).map((r) => t.core.revisions.get(r.id).html)).toEqual(['<p>old</p>'])
    // … and leaving the note keeps what the user finished with.
    const kept = t.core.checkpoint(id!)
    expect(kept).not.toBeNull()
    expect(t.core.revisions.get(kept!).html).toBe('<p>half-typed word finished, and a paragraph more.</p>')
    expect(t.core.revisions.get(kept!).reason).toBe('auto')
    // Leaving again without an edit keeps nothing new.
    expect(t.core.checkpoint(id!)).toBeNull()
    // Checkpoints fall out of the history with the same retention as the rest.
    t.advance(8 * 86_400_000)
    await t.core.save(id!, 'Plan', '<p>a week later</p>')
    t.core.checkpoint(id!)
    const ages = t.core.revisions
      .list(id!)
      .map((r) => (t.clock.now.getTime() - Date.parse(r.createdAt)) / 86_400_000)
    expect(Math.max(...ages)).toBeLessThanOrEqual(7)
    t.close()
  })

  it('a checkpoint keeps nothing for a note in the trash or with nothing written', async () => {
    const t = openTestNotes(tempDir())
    const [empty, trashed] = await t.core.addNotes([
      { title: '', html: '', notebookId: null },
      { title: 'Gone', html: '<p>x</p>', notebookId: null },
    ])
    t.core.notes.setTrashed([trashed!], true)
    expect(t.core.checkpoint(empty!)).toBeNull()
    expect(t.core.checkpoint(trashed!)).toBeNull()
    expect(t.core.revisions.list(trashed!)).toEqual([])
    t.close()
  })

  it('refuses a note over 5 MB with a translated reason and changes nothing', async () => {
    const t = openTestNotes(tempDir())
    const [id] = await t.core.addNotes([{ title: 'Big', html: '<p>small</p>', notebookId: null }])
    const huge = `<p>${'x'.repeat(10 * 1024 * 1024)}</p>`
    await expect(t.core.save(id!, 'Big', huge)).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { reason: 'notes.note-too-large' },
    })
    await expect(t.core.addNotes([{ title: 'Huge', html: huge, notebookId: null }])).rejects.toMatchObject({
      details: { reason: 'notes.note-too-large' },
    })
    expect(t.core.notes.get(id!).html).toBe('<p>small</p>')
    expect(t.core.notes.list({ kind: 'all' }, 'updated', 10).total).toBe(1)
    t.close()
  })

  it('keeps the titles-only index in step with renames, untitled notes and deletion', async () => {
    const t = openTestNotes(tempDir())
    const [id] = await t.core.addNotes([{ title: '季度总结报告', html: '<p>正文</p>', notebookId: null }])
    const titled = (phrase: string) =>
      t.store.db
        .prepare('SELECT rowid FROM note_title_fts WHERE note_title_fts MATCH ?')
        .pluck()
        .all(`"${phrase}"`)
    expect(titled('总结报')).toEqual([id])
    t.advance(MINUTE)
    await t.core.save(id!, '年度计划书', '<p>正文</p>')
    expect(titled('总结报')).toEqual([])
    expect(titled('度计划')).toEqual([id])
    t.advance(MINUTE)
    await t.core.save(id!, '', '<p>正文 changed</p>')
    expect(titled('度计划')).toEqual([])
    t.advance(MINUTE)
    await t.core.save(id!, '年度计划书', '<p>正文 changed again</p>')
    expect(titled('度计划')).toEqual([id])
    t.core.notes.setTrashed([id!], true)
    t.core.deleter.emptyTrash()
    expect(titled('度计划')).toEqual([])
    t.close()
  })

  it('re-indexes only the chunks an edit touched', async () => {
    const t = openTestNotes(tempDir())
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>paragraph ${i} ${'文字内容'.repeat(20)}</p>`)
    const [id] = await t.core.addNotes([{ title: 'Long', html: paragraphs.join(''), notebookId: null }])
    const ids = () =>
      new Set(t.store.db.prepare('SELECT id FROM note_chunk WHERE note_id = ?').pluck().all(id) as number[])
    const before = ids()
    expect(before.size).toBeGreaterThan(10)
    paragraphs[200] = '<p>paragraph 200 edited</p>'
    t.advance(MINUTE)
    await t.core.save(id!, 'Long', paragraphs.join(''))
    const after = ids()
    const replaced = [...before].filter((x) => !after.has(x)).length
    expect(replaced).toBeGreaterThanOrEqual(1)
    expect(replaced).toBeLessThanOrEqual(2)
    const hit = t.store.db
      .prepare('SELECT count(*) FROM note_fts WHERE note_fts MATCH \'"200 edited"\'')
      .pluck()
      .get()
    expect(hit).toBe(1)
    t.close()
  })
})
