import { ocrViewEn } from './ocr-view'

/** English strings of OCR (`ocr.*`) and of the isolated worker that runs it (`isolate.*`). */
export const ocrEn = {
  title: 'Scan to text',
  /** Beside a search hit found in text read from a picture. */
  inImage: 'in a picture',
  lowConfidence: 'Check this line: it was hard to read',
  view: ocrViewEn,
  reasons: {
    'not-an-image': '{{name}} is not an image or PDF Paperdesk can read',
    'not-a-pdf': '{{name}} is not a PDF',
    'image-damaged': '{{name}} is damaged or incomplete',
    'pixel-bomb': '{{name}} has more pixels than Paperdesk will open (at most {{limit}} million)',
    'pdf-damaged': '{{name}} is not a PDF Paperdesk can read, or it is damaged',
    'pdf-encrypted':
      '{{name}} is protected by a password. Open it in a PDF reader, save a copy without the password, and read that copy',
    'file-missing': '{{name}} cannot be found or read',
    'file-too-large': '{{name}} is larger than {{limitMb}} MB',
    'bad-pages': 'the page list “{{spec}}” is not valid (for example 1-3,5)',
    'no-such-page': '{{name}} has no page {{page}} (it has {{pages}})',
    'signed-pdf':
      '{{name}} carries digital signatures, and a copy with a text layer cannot keep them valid. Make the copy only if an unsigned copy is what you want; the original stays signed',
    'write-failed': 'cannot write {{path}}',
    'scan-closed': 'the scan is no longer open; open it again',
    'engine-unavailable': 'the text recognition engine could not start on this computer',
  },
}

export const isolateEn = {
  reasons: {
    'too-slow':
      'this file is too complex: reading it took longer than {{seconds}} seconds, so it was stopped',
    'too-complex':
      'this file is too complex: reading it needs more memory than Paperdesk allows, so it was stopped',
    'worker-missing': 'part of Paperdesk ({{name}}) is missing from this installation; reinstall Paperdesk',
  },
}
