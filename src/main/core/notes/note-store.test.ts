import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../test-support/temp-dir'
import { openTestNotes } from './test-notes-core'

const tempDir = useTempDirs()
const png = (colour: string) =>
  sharp({ create: { width: 8, height: 6, channels: 3, background: colour } })
    .png()
    .toBuffer()

describe('notes, notebooks and tags', () => {
  it('lists pinned notes first, by the chosen order, with notebook subtrees and tags', async () => {
    const t = openTestNotes(tempDir())
    const book = t.core.notebooks.create('Book', null)
    const inner = t.core.notebooks.create('Inner', book.id)
    const [a, b, c] = await t.core.addNotes([
      { title: 'Banana', html: '<p>b</p>', notebookId: book.id, tags: ['fruit', 'Yellow'] },
      { title: 'apple', html: '<p>a</p>', notebookId: inner.id, tags: ['FRUIT'] },
      { title: 'Cherry', html: '<p>c</p>', notebookId: null },
    ])
    t.advance(1000)
    await t.core.save(a!, 'Banana', '<p>b2</p>')
    t.core.notes.setPinned(c!, true)
    const titles = (scope: Parameters<typeof t.core.notes.list>[0], sort: 'updated' | 'created' | 'title') =>
      t.core.notes.list(scope, sort, 100).notes.map((n) => n.title)
    expect(titles({ kind: 'all' }, 'updated')).toEqual(['Cherry', 'Banana', 'apple'])
    expect(titles({ kind: 'all' }, 'title')).toEqual(['Cherry', 'apple', 'Banana'])
    expect(titles({ kind: 'notebook', id: book.id }, 'title')).toEqual(['apple', 'Banana'])
    expect(titles({ kind: 'unfiled' }, 'title')).toEqual(['Cherry'])
    const overview = t.core.notebooks.overview()
    expect(overview.tags.map((x) => [x.name, x.noteCount])).toEqual([
      ['fruit', 2],
      ['Yellow', 1],
    ])
    expect(overview.counts).toEqual({ all: 3, unfiled: 1, trash: 0 })
    expect(t.core.notes.summary(a!).tags).toEqual(['fruit', 'Yellow'])
    expect(t.core.notes.summary(b!).snippet).toBe('a')
    t.close()
  })

  it('refuses a notebook inside itself and a duplicate sibling name, translated', () => {
    const t = openTestNotes(tempDir())
    const top = t.core.notebooks.create('Top', null)
    const child = t.core.notebooks.create('Child', top.id)
    expect(() => t.core.notebooks.move(top.id, child.id)).toThrow(
      expect.objectContaining({ details: { reason: 'notes.notebook-cycle' } }),
    )
    expect(() => t.core.notebooks.create('top', null)).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ reason: 'notes.notebook-exists' }) }),
    )
    expect(t.core.notebooks.create('Top', child.id).parentId).toBe(child.id)
    t.close()
  })

  it('deleting a notebook sends its notes (and its sub-notebooks’) to the trash', async () => {
    const t = openTestNotes(tempDir())
    const top = t.core.notebooks.create('Top', null)
    const child = t.core.notebooks.create('Child', top.id)
    await t.core.addNotes([
      { title: '1', html: '', notebookId: top.id },
      { title: '2', html: '', notebookId: child.id },
    ])
    expect(t.core.notebooks.delete(top.id)).toBe(2)
    expect(t.core.notebooks.overview()).toMatchObject({ notebooks: [], counts: { all: 0, trash: 2 } })
    t.close()
  })

  it('trash, restore and empty trash; blobs only the deleted notes used are collected', async () => {
    const t = openTestNotes(tempDir())
    const [keep, drop] = await t.core.addNotes([
      { title: 'keep', html: '<p>k</p>', notebookId: null },
      { title: 'drop', html: '<p>d</p>', notebookId: null },
    ])
    const shared = await t.core.putImage(keep!, new Uint8Array(await png('#ff0000')))
    const own = await t.core.putImage(drop!, new Uint8Array(await png('#00ff00')))
    await t.core.save(
      drop!,
      'drop',
      `<p><img src="paperdesk-asset://blob/${shared}"><img src="paperdesk-asset://blob/${own}"></p>`,
    )
    // A blob no note ever used (another tool's) is never touched.
    const foreign = t.blobs.put(new Uint8Array(await png('#0000ff')), 'image/png').sha256
    expect(t.core.notes.setTrashed([drop!], true)).toBe(1)
    expect(t.core.notes.list({ kind: 'trash' }, 'updated', 10).notes.map((n) => n.title)).toEqual(['drop'])
    expect(t.core.notes.setTrashed([drop!], false)).toBe(1)
    t.core.notes.setTrashed([drop!], true)
    expect(t.core.deleter.emptyTrash()).toEqual({ count: 1, assetsRemoved: 1 })
    expect(t.blobs.meta(own)).toBeNull()
    expect(t.blobs.meta(shared)).not.toBeNull()
    expect(t.blobs.meta(foreign)).not.toBeNull()
    expect(t.core.notebooks.overview().counts).toEqual({ all: 1, unfiled: 1, trash: 0 })
    t.close()
  })
})

describe('images', () => {
  it('stores a real image and refuses bytes that are not one, translated', async () => {
    const t = openTestNotes(tempDir())
    const [id] = await t.core.addNotes([{ title: 'img', html: '', notebookId: null }])
    const sha = await t.core.putImage(id!, new Uint8Array(await png('#123456')))
    expect(t.blobs.meta(sha)).toMatchObject({ mime: 'image/png' })
    await expect(
      t.core.putImage(id!, new TextEncoder().encode('<svg onload=alert(1)>not really')),
    ).rejects.toMatchObject({
      code: 'INVALID_FILE',
      details: { reason: 'notes.not-an-image' },
    })
    const tiff = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
      .tiff()
      .toBuffer()
    expect(t.blobs.meta(await t.core.putImage(id!, new Uint8Array(tiff)))).toMatchObject({
      mime: 'image/png',
    })
    t.close()
  })

  it('turns inline data: images into assets and drops ones that are not images', async () => {
    const t = openTestNotes(tempDir())
    const good = `data:image/png;base64,${(await png('#abcdef')).toString('base64')}`
    const bad = `data:image/png;base64,${Buffer.from('nope').toString('base64')}`
    const [id] = await t.core.addNotes([
      { title: 'paste', html: `<p>a<img src="${good}">b<img src="${bad}"></p>`, notebookId: null },
    ])
    const html = t.core.notes.get(id!).html
    expect(html).not.toContain('data:')
    expect(html).toMatch(/<img src="paperdesk-asset:\/\/blob\/[0-9a-f]{64}" \/>/)
    expect(html.match(/<img/g)).toHaveLength(1)
    t.close()
  })
})
