import { DbDoor } from './db/db-door'
import { FilingDoor } from './filing/filing-door'
import { NotesDoor } from './notes/notes-door'
import { createOcrDoor, type OcrDoor } from './ocr/ocr-door'
import type { ServiceDeps } from './service-deps'
import { SignDoor } from './sign/sign-door'

/** One door per tool: the use cases the app's services and the CLI's commands both call. */
export interface Doors {
  db: DbDoor
  filing: FilingDoor
  notes: NotesDoor
  /** OCR: text out of scans, searchable PDFs, the pictures of notes read for search. */
  ocr: OcrDoor
  /** Sign, with its certify part: identities, trust, verifying. */
  sign: SignDoor
}

export function openDoors(deps: ServiceDeps): Doors {
  return {
    db: new DbDoor(deps.store),
    filing: new FilingDoor(deps),
    notes: new NotesDoor(deps),
    ocr: createOcrDoor({ store: deps.store }),
    sign: new SignDoor(deps),
  }
}
