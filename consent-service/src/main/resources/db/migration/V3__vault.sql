-- The data subject vault: the only table in the platform that holds names, contact details,
-- dates of birth and addresses, and it holds them only as AES-256-GCM ciphertext (Tink; the key
-- id is stored beside each value so keys can rotate).
CREATE TABLE vault_entry (
    subject_id            TEXT PRIMARY KEY,
    key_id                BIGINT      NOT NULL,
    identity_ciphertext   BYTEA       NOT NULL,
    capacity              TEXT        NOT NULL,
    capacity_assessed_at  TIMESTAMPTZ,
    capacity_assessed_by  TEXT,
    registered_at         TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL
);

-- Keyed blind index (HMAC-SHA256 of the normalised identifier): finds a person by an exact
-- identifier without decrypting any row, and reveals nothing without the index key.
CREATE TABLE vault_lookup (
    kind        TEXT  NOT NULL,
    digest      BYTEA NOT NULL,
    subject_id  TEXT  NOT NULL REFERENCES vault_entry (subject_id) ON DELETE CASCADE,
    PRIMARY KEY (kind, digest, subject_id)
);
