import { useEffect, useRef, type ReactNode } from 'react'

/**
 * A modal dialog on the native <dialog> element: focus moves in and is trapped, Escape closes,
 * focus returns where it was. Used for history and export.
 */
export function Modal({
  title,
  testId,
  wide,
  onClose,
  children,
  footer,
}: {
  title: string
  testId: string
  wide?: boolean
  onClose: () => void
  children: ReactNode
  footer?: ReactNode
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const onCloseRef = useRef(onClose)
  useEffect(() => {
    onCloseRef.current = onClose
  })
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    const before = document.activeElement as HTMLElement | null
    element.showModal()
    const cancel = (event: Event) => {
      event.preventDefault()
      onCloseRef.current()
    }
    element.addEventListener('cancel', cancel)
    return () => {
      element.removeEventListener('cancel', cancel)
      if (element.open) element.close()
      before?.focus?.()
    }
  }, [])
  return (
    <dialog
      ref={dialog}
      className={`modal${wide ? ' modal--wide' : ''}`}
      data-testid={testId}
      aria-labelledby={`${testId}-title`}
    >
      <header className="modal__header">
        <h2 id={`${testId}-title`} className="modal__title">
          {title}
        </h2>
        <button
          type="button"
          className="modal__close button button--quiet"
          aria-label="×"
          data-testid={`${testId}-close`}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <div className="modal__body">{children}</div>
      {footer && <footer className="modal__footer">{footer}</footer>}
    </dialog>
  )
}
