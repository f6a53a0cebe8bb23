import { benchNotesSave } from './notes-save.bench'
await benchNotesSave()
