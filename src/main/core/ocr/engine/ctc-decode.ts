/** A recognised line before placement: its characters and how sure the model was of them. */
export interface DecodedLine {
  text: string
  /** Mean probability of the characters kept (0–1); 0 when nothing was read. */
  confidence: number
}

/**
 * Greedy CTC decoding of one line: the most likely class per time step, repeats collapsed,
 * blanks (class 0) dropped. Class i ≥ 1 is `alphabet[i − 1]`.
 */
export function ctcDecode(
  probs: Float32Array,
  offset: number,
  steps: number,
  classes: number,
  alphabet: readonly string[],
): DecodedLine {
  let text = ''
  let sum = 0
  let kept = 0
  let previous = -1
  for (let t = 0; t < steps; t++) {
    const base = offset + t * classes
    let best = 0
    let bestP = probs[base] as number
    for (let c = 1; c < classes; c++) {
      const p = probs[base + c] as number
      if (p > bestP) {
        bestP = p
        best = c
      }
    }
    if (best !== 0 && best !== previous) {
      text += alphabet[best - 1] ?? ''
      sum += bestP
      kept++
    }
    previous = best
  }
  return { text, confidence: kept > 0 ? sum / kept : 0 }
}
