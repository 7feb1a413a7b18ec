-- Issue 13 item 4(b): signed, expiring, single-use links for small providers without an API (a
-- care home, a GP practice) to answer a withdrawal notice or acknowledge a guidance note without an
-- account. Only the SHA-256 of the token is kept, so a copy of this table opens no link. The
-- notice to send (its text with the link) is sealed with the stored-secrets keyset until the link
-- is used; staff post or e-mail it.
CREATE TABLE provider_link (
    id            UUID PRIMARY KEY,
    token_hash    TEXT        NOT NULL UNIQUE, -- hex SHA-256 of the base64url token
    purpose       TEXT        NOT NULL CHECK (purpose IN ('ANSWER_NOTIFICATION', 'ACKNOWLEDGE_GUIDANCE')),
    target_id     UUID        NOT NULL,        -- the recipient notification or the guidance note
    partner_id    TEXT        NOT NULL REFERENCES partner (id),
    issued_at     TIMESTAMPTZ NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL,
    used_at       TIMESTAMPTZ,
    used_by       TEXT,
    notice_sealed TEXT,                        -- cleared when the link is used
    UNIQUE (purpose, target_id, partner_id)
);

CREATE INDEX provider_link_partner ON provider_link (partner_id, issued_at DESC);
