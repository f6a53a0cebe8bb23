import { CKEditor } from '@ckeditor/ckeditor5-react'
import { ClassicEditor, type ModelElement } from 'ckeditor5'
import 'ckeditor5/ckeditor5.css'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import type { SupportedLocale } from '../../../../../shared/contract/app'
import { editorConfig } from './editor-config'
import './editor-theme.css'
import { countText, type TextCount } from './text-count'
import type { UploadTarget } from './upload-adapter'

export interface EditorHandle {
  getData(): string
  focus(): void
}

export interface RichEditorProps {
  /** Changes whenever another text is loaded (another note, a restored version). */
  docKey: string
  html: string
  readOnly: boolean
  locale: SupportedLocale
  placeholder: string
  label: string
  upload: UploadTarget
  onReady: (handle: EditorHandle | null) => void
  onChange: () => void
  /**
   * The editor is about to go away (the note pane closes, the user leaves Notes): the last chance
   * to read its text. Called from a layout effect's cleanup, before CKEditor is destroyed.
   */
  onClosing: () => void
  /** A text was loaded (`docKey`); `html` is how the editor writes it back. */
  onLoaded: (docKey: string, html: string) => void
  onCount: (count: TextCount) => void
  /** A warning CKEditor would show in a browser alert (a refused image). */
  onNotice: (message: string) => void
}

const COUNT_DELAY_MS = 250

function plainText(editor: ClassicEditor): string {
  const root = editor.model.document.getRoot() as ModelElement
  const parts: string[] = []
  for (const value of editor.model.createRangeIn(root)) {
    if (value.type === 'text' && value.item.is('$textProxy')) parts.push(value.item.data)
    else if (value.type === 'elementEnd') parts.push('\n')
  }
  return parts.join('')
}

/**
 * CKEditor 5 (its own lazy chunk: the Notes page and the rest of the app load without it). One
 * editor serves every note: another note's text replaces the data and clears undo, which is far
 * quicker than a new editor. It reports edits, counts and its warnings to the note pane.
 */
export default function RichEditor(props: RichEditorProps) {
  const editorRef = useRef<ClassicEditor | null>(null)
  const loading = useRef(false)
  const propsRef = useRef(props)
  const countTimer = useRef<number | undefined>(undefined)
  useEffect(() => {
    propsRef.current = props
  })
  const { locale, placeholder, upload } = props
  const config = useMemo(
    () => ({ ...editorConfig(locale, placeholder), paperdeskUpload: upload }),
    [locale, placeholder, upload],
  )

  const recount = useCallback((editor: ClassicEditor) => {
    window.clearTimeout(countTimer.current)
    countTimer.current = window.setTimeout(
      () => propsRef.current.onCount(countText(plainText(editor))),
      COUNT_DELAY_MS,
    )
  }, [])

  const load = useCallback(
    (editor: ClassicEditor, key: string, html: string) => {
      loading.current = true
      try {
        editor.setData(html)
        editor.commands.get('undo')?.clearStack()
        editor.commands.get('redo')?.clearStack()
      } finally {
        loading.current = false
      }
      propsRef.current.onLoaded(key, editor.getData())
      recount(editor)
    },
    [recount],
  )

  // Another note (or a restored version): swap the text in the live editor.
  const { docKey, html, readOnly } = props
  const loadedKey = useRef(docKey)
  useEffect(() => {
    const editor = editorRef.current
    if (!editor || loadedKey.current === docKey) return
    loadedKey.current = docKey
    load(editor, docKey, html)
  }, [docKey, html, load])

  useEffect(() => {
    const editor = editorRef.current
    if (!editor) return
    if (readOnly) editor.enableReadOnlyMode('paperdesk-note')
    else editor.disableReadOnlyMode('paperdesk-note')
  }, [readOnly])

  useEffect(() => () => window.clearTimeout(countTimer.current), [])
  // Layout cleanups run while CKEditor is still alive (the wrapper destroys it afterwards, and
  // asynchronously); passive cleanups may run after it is gone.
  useLayoutEffect(
    () => () => {
      if (editorRef.current) propsRef.current.onClosing()
    },
    [],
  )

  return (
    <div className="rich-editor" data-testid="note-editor" data-doc={docKey}>
      <CKEditor
        editor={ClassicEditor}
        config={config}
        // Never changes: the wrapper would set a changed `data` prop itself, outside load()'s guard,
        // and that set would count as the user's edit. load() puts every text in.
        data=""
        onReady={(editor) => {
          editorRef.current = editor
          loadedKey.current = propsRef.current.docKey
          load(editor, propsRef.current.docKey, propsRef.current.html)
          if (propsRef.current.readOnly) editor.enableReadOnlyMode('paperdesk-note')
          editor.editing.view.change((writer) => {
            const root = editor.editing.view.document.getRoot()
            if (root) writer.setAttribute('aria-label', propsRef.current.label, root)
          })
          editor.model.document.on('change:data', () => {
            if (loading.current) return
            propsRef.current.onChange()
            recount(editor)
          })
          editor.plugins.get('Notification').on(
            'show:warning',
            (event, data: { message: unknown }) => {
              propsRef.current.onNotice(String(data.message))
              event.stop()
            },
            { priority: 'high' },
          )
          propsRef.current.onReady({
            getData: () => editor.getData(),
            focus: () => editor.editing.view.focus(),
          })
          document.documentElement.dataset['notesEditorReady'] = 'true'
        }}
        onAfterDestroy={() => {
          editorRef.current = null
          propsRef.current.onReady(null)
        }}
      />
    </div>
  )
}
