import type { Migration } from './types'

const STATUSES = `'draft', 'submitted', 'provider-review', 'sms-pending', 'provincial-review', 'approved', 'returned'`
const ISO = `(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`

/**
 * The Filing tool: one row per app filing with its status machine and SMS state, its steps
 * (from the flow template it was made from), a history of what happened, its form by section
 * (JSON), and the files attached to it (blobs in the shared `asset` table).
 */
export const migration004Filing: Migration = {
  version: 4,
  name: 'filing',
  up(db) {
    db.exec(`
      CREATE TABLE filing (
        id              INTEGER PRIMARY KEY,
        app_name        TEXT NOT NULL CHECK (length(app_name) BETWEEN 1 AND 100),
        provider        TEXT NOT NULL CHECK (length(provider) BETWEEN 1 AND 40),
        filing_type     TEXT NOT NULL CHECK (length(filing_type) BETWEEN 1 AND 40),
        flow_id         TEXT NOT NULL CHECK (length(flow_id) BETWEEN 1 AND 60),
        province        TEXT NOT NULL DEFAULT '' CHECK (province = '' OR province GLOB '[0-9][0-9]'),
        order_id        TEXT NOT NULL DEFAULT '',
        status          TEXT NOT NULL CHECK (status IN (${STATUSES})),
        status_at       TEXT NOT NULL,
        return_reasons  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(return_reasons) AND json_type(return_reasons) = 'array'),
        return_note     TEXT NOT NULL DEFAULT '',
        app_number      TEXT NOT NULL DEFAULT '',
        notes           TEXT NOT NULL DEFAULT '',
        sms_sent_at     TEXT,
        sms_wrong_codes INTEGER NOT NULL DEFAULT 0 CHECK (sms_wrong_codes BETWEEN 0 AND 5),
        created_at      TEXT NOT NULL DEFAULT ${ISO},
        updated_at      TEXT NOT NULL DEFAULT ${ISO}
      ) STRICT;

      CREATE TABLE filing_step (
        filing_id  INTEGER NOT NULL REFERENCES filing (id) ON DELETE CASCADE,
        step_key   TEXT NOT NULL CHECK (length(step_key) BETWEEN 1 AND 60),
        position   INTEGER NOT NULL CHECK (position >= 0),
        status     TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'doing', 'done')),
        started_at TEXT,
        done_at    TEXT,
        note       TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (filing_id, step_key)
      ) STRICT;

      CREATE TABLE filing_event (
        id        INTEGER PRIMARY KEY,
        filing_id INTEGER NOT NULL REFERENCES filing (id) ON DELETE CASCADE,
        at        TEXT NOT NULL,
        kind      TEXT NOT NULL CHECK (kind IN ('status', 'step', 'sms-received', 'sms-wrong-code', 'sms-resent')),
        detail    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
      ) STRICT;
      CREATE INDEX filing_event_by_filing ON filing_event (filing_id, at);

      CREATE TABLE filing_field (
        filing_id  INTEGER NOT NULL REFERENCES filing (id) ON DELETE CASCADE,
        section    TEXT NOT NULL CHECK (length(section) BETWEEN 1 AND 40),
        value      TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL DEFAULT ${ISO},
        PRIMARY KEY (filing_id, section)
      ) STRICT;

      CREATE TABLE filing_attachment (
        id           INTEGER PRIMARY KEY,
        filing_id    INTEGER NOT NULL REFERENCES filing (id) ON DELETE CASCADE,
        asset_sha256 TEXT NOT NULL REFERENCES asset (sha256),
        name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
        material_key TEXT NOT NULL DEFAULT '',
        added_at     TEXT NOT NULL DEFAULT ${ISO}
      ) STRICT;
      CREATE INDEX filing_attachment_by_filing ON filing_attachment (filing_id);
      CREATE INDEX filing_attachment_by_asset ON filing_attachment (asset_sha256);
    `)
  },
}
