import { AppError } from '../../../shared/app-error'
import type { DataStore } from '../db/data-store'
import { cachedStatement } from '../db/statement-cache'
import { assetKeysIn } from '../notes/asset-urls'
import { replaceImageChunks } from '../notes/search/image-chunks'
import { ENGINE_ID } from './engine/models'
import type { OcrResult } from './ocr-types'

/** Reads one blob's text (in the OCR worker). */
export type ReadBlob = (
  bytes: Uint8Array,
  name: string,
  maxPages: number,
  signal?: AbortSignal,
) => Promise<OcrResult>

export interface IndexProgress {
  /** Notes looked at, of those waiting when the run began. */
  done: number
  total: number
  /** Pictures read so far in this run. */
  imagesRead: number
}

export interface IndexReport {
  notes: number
  imagesRead: number
  /** Pictures that could not be read (not an image, too complex): not tried again by this engine. */
  imagesFailed: number
  /** Notes still waiting (a run cut short by cancel leaves some). */
  pending: number
}

/** Blobs read: pictures, and scans kept as PDFs. */
const READABLE_MIME = /^(image\/|application\/pdf$)/
/** Pages of a PDF in a note that are read (a long PDF is not a picture to search in). */
const MAX_PDF_PAGES = 20
/** Notes with no picture are marked done this many to a transaction. */
const BATCH = 200

/**
 * Puts the text of the pictures in notes into the search index, in the background: a note whose
 * pictures were not read for its current version (see migration 008) is looked at; each picture
 * is read once (in the worker, outside any transaction), and each write is its own short
 * transaction, so a save is never held up, and a run stopped anywhere resumes where it was.
 */
export class NoteImageIndexer {
  constructor(
    private readonly store: DataStore,
    private readonly read: ReadBlob,
  ) {}

  pending(): number {
    return cachedStatement(
      this.store.db,
      `SELECT count(*) FROM note n LEFT JOIN note_image_text s ON s.note_id = n.id
         WHERE s.note_id IS NULL OR s.digest <> n.digest OR s.engine <> ?`,
    )
      .pluck()
      .get(ENGINE_ID) as number
  }

  async run({
    onProgress,
    signal,
  }: { onProgress?: (p: IndexProgress) => void; signal?: AbortSignal } = {}): Promise<IndexReport> {
    const db = this.store.db
    const waiting = cachedStatement(
      db,
      `SELECT n.id, n.digest FROM note n LEFT JOIN note_image_text s ON s.note_id = n.id
         WHERE s.note_id IS NULL OR s.digest <> n.digest OR s.engine <> ? ORDER BY n.id`,
    ).all(ENGINE_ID) as Array<{ id: number; digest: string }>
    const report: IndexReport = { notes: 0, imagesRead: 0, imagesFailed: 0, pending: waiting.length }
    const plain: Array<{ id: number; digest: string }> = []
    const flushPlain = () => {
      db.transaction(() => plain.forEach((note) => this.markDone(note.id, note.digest, new Map())))()
      report.notes += plain.length
      plain.length = 0
    }
    for (const [done, note] of waiting.entries()) {
      if (signal?.aborted) break
      onProgress?.({ done, total: waiting.length, imagesRead: report.imagesRead })
      const keys = this.readableKeys(note.id)
      if (keys.length === 0) {
        plain.push(note)
        if (plain.length >= BATCH) flushPlain()
        continue
      }
      for (const sha256 of keys) {
        if (signal?.aborted) break
        if (this.known(sha256)) continue
        const ok = await this.readBlob(sha256, signal)
        if (ok === null) break
        if (ok) report.imagesRead++
        else report.imagesFailed++
      }
      if (signal?.aborted) break
      db.transaction(() => {
        // Saved again meanwhile: its new version waits for the next run.
        const digest = cachedStatement(db, 'SELECT digest FROM note WHERE id = ?').pluck().get(note.id)
        if (digest !== note.digest) return
        this.markDone(note.id, note.digest, this.texts(keys))
        report.notes++
      })()
    }
    flushPlain()
    onProgress?.({ done: waiting.length, total: waiting.length, imagesRead: report.imagesRead })
    report.pending = this.pending()
    if (signal?.aborted) throw new AppError('CANCELLED', 'cancelled')
    return report
  }

  /** The keys of pictures the note shows now (its HTML), that are stored blobs of a readable kind. */
  private readableKeys(noteId: number): string[] {
    const db = this.store.db
    const html = cachedStatement(db, 'SELECT html FROM note_body WHERE note_id = ?').pluck().get(noteId) as
      string | undefined
    const mime = cachedStatement(db, 'SELECT mime FROM asset WHERE sha256 = ?').pluck()
    return assetKeysIn(html ?? '').filter((sha) =>
      READABLE_MIME.test((mime.get(sha) as string | undefined) ?? ''),
    )
  }

  private known(sha256: string): boolean {
    return (
      cachedStatement(this.store.db, 'SELECT 1 FROM asset_text WHERE sha256 = ? AND engine = ?').get(
        sha256,
        ENGINE_ID,
      ) !== undefined
    )
  }

  /** Reads one blob and stores its text; false when it cannot be read, null when cancelled. */
  private async readBlob(sha256: string, signal?: AbortSignal): Promise<boolean | null> {
    const db = this.store.db
    const row = cachedStatement(db, 'SELECT data FROM asset WHERE sha256 = ?').get(sha256) as
      { data: Buffer } | undefined
    if (!row) return false
    let text = ''
    let error: string | null = null
    try {
      const result = await this.read(new Uint8Array(row.data), sha256, MAX_PDF_PAGES, signal)
      text = result.pages.map((p) => p.text).join('\n')
    } catch (e) {
      if (signal?.aborted || (e instanceof AppError && e.code === 'CANCELLED')) return null
      if (!(e instanceof AppError)) throw e
      error = (e.details as { reason?: string } | undefined)?.reason ?? e.code
    }
    cachedStatement(
      db,
      `INSERT INTO asset_text (sha256, engine, state, text, error, read_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (sha256) DO UPDATE SET engine = excluded.engine, state = excluded.state,
           text = excluded.text, error = excluded.error, read_at = excluded.read_at`,
    ).run(sha256, ENGINE_ID, error ? 'failed' : 'done', text, error, new Date().toISOString())
    return error === null
  }

  private texts(keys: readonly string[]): Map<string, string> {
    const get = cachedStatement(
      this.store.db,
      "SELECT text FROM asset_text WHERE sha256 = ? AND state = 'done'",
    ).pluck()
    return new Map(keys.map((sha) => [sha, (get.get(sha) as string | undefined) ?? '']))
  }

  private markDone(noteId: number, digest: string, texts: ReadonlyMap<string, string>): void {
    const db = this.store.db
    replaceImageChunks(db, noteId, texts)
    cachedStatement(
      db,
      `INSERT INTO note_image_text (note_id, digest, engine) VALUES (?, ?, ?)
         ON CONFLICT (note_id) DO UPDATE SET digest = excluded.digest, engine = excluded.engine`,
    ).run(noteId, digest, ENGINE_ID)
  }
}
