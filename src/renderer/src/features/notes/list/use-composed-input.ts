import { useRef, useState, type ChangeEvent, type CompositionEvent } from 'react'

/**
 * A text field whose value is acted on only once it is really typed: while an input method
 * composes (pinyin "beifen" on its way to 备份), the field shows the composition but `onCommit`
 * is not called; it is called with the committed text when the composition ends.
 */
export function useComposedInput(value: string, onCommit: (value: string) => void) {
  const composing = useRef(false)
  // The field's text during a composition; null when it shows `value`.
  const [composed, setComposed] = useState<string | null>(null)
  return {
    value: composed ?? value,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const next = event.target.value
      if (composing.current || (event.nativeEvent as InputEvent).isComposing) setComposed(next)
      else onCommit(next)
    },
    onCompositionStart: (event: CompositionEvent<HTMLInputElement>) => {
      composing.current = true
      setComposed(event.currentTarget.value)
    },
    onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => {
      composing.current = false
      setComposed(null)
      onCommit(event.currentTarget.value)
    },
    /** Whether a key press belongs to the input method (Escape or Enter that ends a composition). */
    composing: () => composing.current,
  }
}
