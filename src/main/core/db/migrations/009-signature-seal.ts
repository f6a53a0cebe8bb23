import type { Migration } from './types'

/**
 * Red seals (公章, 合同专用章) live in the signature library beside signatures and are placed the
 * same way; `role` tells them apart, so the library can list them apart and a cross-page seal
 * (骑缝章) can be offered only seals. Every existing entry is a signature. The audit trail records
 * which strip of a cross-page seal each page got.
 */
export const migration009SignatureSeal: Migration = {
  version: 9,
  name: 'signature-seal',
  up(db) {
    db.exec(`
      ALTER TABLE signature ADD COLUMN role TEXT NOT NULL DEFAULT 'signature'
        CHECK (role IN ('signature', 'seal'));
      -- A cross-page seal (骑缝章) is recorded as one placement per page, each its strip k/N.
      ALTER TABLE sign_placement ADD COLUMN strip TEXT CHECK (strip IS NULL OR strip GLOB '[1-9]*/[1-9]*');
    `)
  },
}
