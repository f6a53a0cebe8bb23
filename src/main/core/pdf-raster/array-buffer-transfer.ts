/**
 * pdf.js calls `ArrayBuffer.prototype.transferToFixedLength` (ES2024) when it reads a standard
 * font; Node 20 lacks it (Electron's Node has it), and without it every non-embedded font —
 * Helvetica, Times, the CJK fallbacks — silently draws nothing. Defined only where missing; this
 * copy leaves the source attached, which no caller here depends on.
 */
export function ensureArrayBufferTransfer(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: unknown }
  if (typeof proto.transferToFixedLength === 'function') return
  Object.defineProperty(proto, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length: number = this.byteLength): ArrayBuffer {
      const copy = new ArrayBuffer(length)
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)))
      return copy
    },
  })
}
