-- Issue 13 item 4(a): a person's one-time link. Only the SHA-256 of the link's random token is kept
-- (the token itself goes out in the letter or e-mail and nowhere else); the link is bound to one
-- purpose, expires, and is used once: the first redemption sets used_at (a conditional UPDATE, so
-- two redemptions at once cannot both win) and opens a short session, kept as the SHA-256 of its
-- handle too.
CREATE TABLE person_link (
    link_id             UUID PRIMARY KEY,
    token_hash          BYTEA       NOT NULL UNIQUE,
    subject_id          TEXT        NOT NULL,
    purpose             TEXT        NOT NULL CHECK (purpose = 'PERSON_ACCESS'),
    issued_by           TEXT        NOT NULL,
    issued_at           TIMESTAMPTZ NOT NULL,
    expires_at          TIMESTAMPTZ NOT NULL,
    used_at             TIMESTAMPTZ,
    session_hash        BYTEA UNIQUE,
    session_expires_at  TIMESTAMPTZ,
    CONSTRAINT person_link_session CHECK (
        (used_at IS NULL AND session_hash IS NULL AND session_expires_at IS NULL)
        OR (used_at IS NOT NULL AND session_hash IS NOT NULL AND session_expires_at IS NOT NULL))
);

CREATE INDEX person_link_subject ON person_link (subject_id);

-- The letter or e-mail carrying the link, merged with the person's name and address or e-mail from
-- the vault: personal data, so AES-256-GCM ciphertext only (Tink, key id beside it), bound to the
-- link id; the hand-off to the print and mail channel, as breach notices are.
CREATE TABLE person_link_dispatch (
    link_id             UUID PRIMARY KEY REFERENCES person_link (link_id) ON DELETE CASCADE,
    channel             TEXT        NOT NULL,
    key_id              BIGINT      NOT NULL,
    content_ciphertext  BYTEA       NOT NULL,
    dispatched_at       TIMESTAMPTZ NOT NULL
);

-- Which organisations received a person's data and for what: projected from sharing-service's
-- share-released events (pseudonymous subject id, partner, purposes, categories), never asked of it.
CREATE TABLE person_release (
    release_id          UUID PRIMARY KEY,
    subject_id          TEXT        NOT NULL,
    partner_id          TEXT        NOT NULL,
    purposes            TEXT[]      NOT NULL,
    data_categories     TEXT[]      NOT NULL,
    released_at         TIMESTAMPTZ NOT NULL
);

CREATE INDEX person_release_subject ON person_release (subject_id, released_at DESC);
