import type { Migration } from './types'

/**
 * Cryptographic signatures: the user's signing identities (certificate and encrypted private
 * key), the certificates they trust, and what each certified output was signed with. The key is
 * never stored in the clear: `key_protection` says what unlocks it (a passphrase, or the OS key
 * store through Electron's safeStorage).
 */
export const migration006Certify: Migration = {
  version: 6,
  name: 'certify',
  up(db) {
    db.exec(`
      CREATE TABLE sign_identity (
        id              INTEGER PRIMARY KEY,
        common_name     TEXT NOT NULL,
        subject         TEXT NOT NULL,
        issuer          TEXT NOT NULL,
        serial_hex      TEXT NOT NULL,
        cert_sha256     TEXT NOT NULL UNIQUE CHECK (length(cert_sha256) = 64),
        not_before      TEXT NOT NULL,
        not_after       TEXT NOT NULL,
        key_algorithm   TEXT NOT NULL,
        self_signed     INTEGER NOT NULL CHECK (self_signed IN (0, 1)),
        source          TEXT NOT NULL CHECK (source IN ('created', 'imported')),
        certificate     BLOB NOT NULL,
        chain           BLOB,
        key_protection  TEXT NOT NULL CHECK (key_protection IN ('passphrase', 'os')),
        private_key     BLOB NOT NULL,
        created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ) STRICT;

      CREATE TABLE sign_trusted_cert (
        cert_sha256  TEXT PRIMARY KEY CHECK (length(cert_sha256) = 64),
        subject      TEXT NOT NULL,
        certificate  BLOB NOT NULL,
        added_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ) STRICT;

      CREATE TABLE sign_certification (
        record_id    INTEGER PRIMARY KEY REFERENCES sign_record (id) ON DELETE CASCADE,
        identity_id  INTEGER REFERENCES sign_identity (id) ON DELETE SET NULL,
        signer       TEXT NOT NULL,
        issuer       TEXT NOT NULL,
        cert_sha256  TEXT NOT NULL CHECK (length(cert_sha256) = 64),
        sub_filter   TEXT NOT NULL,
        reason       TEXT,
        location     TEXT,
        contact      TEXT,
        signed_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sign_certification_identity ON sign_certification (identity_id);
      CREATE INDEX sign_record_output_sha256 ON sign_record (output_sha256);
    `)
  },
}
