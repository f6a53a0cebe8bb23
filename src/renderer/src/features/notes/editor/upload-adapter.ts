import { Plugin, type FileLoader, type UploadAdapter, type UploadResponse } from 'ckeditor5'
import { paperdesk } from '../../../app/api'

/** The note the editor is showing now, read when an image is pasted or inserted. */
export interface UploadTarget {
  noteId(): number | null
  /** A refused image: the page shows the translated reason. */
  onError(error: unknown): void
}

class ContractUploadAdapter implements UploadAdapter {
  constructor(
    private readonly loader: FileLoader,
    private readonly target: UploadTarget,
  ) {}

  async upload(): Promise<UploadResponse> {
    const file = await this.loader.file
    const noteId = this.target.noteId()
    if (!file || noteId === null) throw new Error('no note to add the image to')
    const data = new Uint8Array(await file.arrayBuffer())
    this.loader.uploadTotal = data.byteLength
    try {
      const { url } = await paperdesk().notes.putImage({ noteId, data })
      this.loader.uploaded = data.byteLength
      return { default: url }
    } catch (error) {
      this.target.onError(error)
      // CKEditor removes the placeholder image; its own warning is silenced by the editor.
      throw 'refused'
    }
  }

  abort(): void {
    // The bytes went in one call; there is nothing in flight to stop.
  }
}

/**
 * Pasted, dropped and inserted images go to the core as bytes (`notes.putImage`), are checked
 * there, stored once as a shared asset and shown by URL: never base64 inside the note.
 */
export class PaperdeskUploadAdapter extends Plugin {
  static get pluginName() {
    return 'PaperdeskUploadAdapter' as const
  }

  static get requires() {
    return ['FileRepository'] as const
  }

  init(): void {
    const target = this.editor.config.get('paperdeskUpload') as UploadTarget | undefined
    if (!target) throw new Error('editor config needs paperdeskUpload')
    this.editor.plugins.get('FileRepository').createUploadAdapter = (loader) =>
      new ContractUploadAdapter(loader, target)
  }
}
