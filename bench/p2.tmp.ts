import { benchNotesSearch } from './notes-search.bench'
await benchNotesSearch()
