/** Whether bytes are a PDF (checked without loading pdf-lib, so image paths stay light). */
export function isPdf(bytes: Uint8Array): boolean {
  // The header may follow a little junk; readers look in the first kilobyte.
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-')
}
