-- P6.9: the identity of whoever consented for a person who lacks capacity (attorney or deputy),
-- encrypted like the person's own identity and bound to the consent as associated data. It goes
-- when the person's vault entry goes (retention erases the entry; the rows follow).
CREATE TABLE vault_proxy (
    consent_id          UUID PRIMARY KEY,
    subject_id          TEXT        NOT NULL REFERENCES vault_entry (subject_id) ON DELETE CASCADE,
    key_id              BIGINT      NOT NULL,
    identity_ciphertext BYTEA       NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX vault_proxy_subject ON vault_proxy (subject_id);
