-- Partner registry (P1.1). id = the partner_id claim of the partner's tokens. The webhook signing
-- secret is stored AES-256-GCM encrypted (SecretCipher) and never returned by the API.
CREATE TABLE partner (
    id                       TEXT PRIMARY KEY,
    name                     TEXT        NOT NULL, -- an organisation, never a person
    kind                     TEXT        NOT NULL,
    small_provider_kind      TEXT,
    purposes                 TEXT[]      NOT NULL,
    webhook_url              TEXT,
    webhook_secret_encrypted TEXT,
    registered_at            TIMESTAMPTZ NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL
);

-- Information sharing protocols (P1.2). The named recipient (a partner's contact) is encrypted.
CREATE TABLE protocol (
    id                        UUID PRIMARY KEY,
    partner_id                TEXT        NOT NULL REFERENCES partner (id),
    purpose                   TEXT        NOT NULL,
    trigger_circumstances     TEXT        NOT NULL,
    channel                   TEXT        NOT NULL,
    sender                    TEXT        NOT NULL,
    named_recipient_encrypted TEXT        NOT NULL,
    security_measures         TEXT[]      NOT NULL,
    limits_on_use             TEXT[]      NOT NULL,
    data_categories           TEXT[]      NOT NULL,
    stale_consent_after_days  INT         NOT NULL,
    status                    TEXT        NOT NULL,
    review_date               DATE        NOT NULL,
    created_at                TIMESTAMPTZ NOT NULL,
    updated_at                TIMESTAMPTZ NOT NULL
);

CREATE INDEX protocol_partner_purpose ON protocol (partner_id, purpose);

-- Guidance notes for small providers (P1.3), versioned per kind; a version never changes.
CREATE TABLE guidance_note (
    id                        UUID PRIMARY KEY,
    small_provider_kind       TEXT        NOT NULL,
    version                   INT         NOT NULL,
    purposes                  TEXT[]      NOT NULL,
    data_categories           TEXT[]      NOT NULL,
    method_of_disclosure      TEXT        NOT NULL,
    security_measures         TEXT[]      NOT NULL,
    limits_on_use             TEXT[]      NOT NULL,
    stale_consent_after_days  INT         NOT NULL,
    published_at              TIMESTAMPTZ NOT NULL,
    UNIQUE (small_provider_kind, version)
);

-- Which partner acknowledged which guidance version, and when (P1.3).
CREATE TABLE guidance_acknowledgement (
    id                UUID PRIMARY KEY,
    guidance_note_id  UUID        NOT NULL REFERENCES guidance_note (id),
    partner_id        TEXT        NOT NULL REFERENCES partner (id),
    acknowledged_by   TEXT        NOT NULL,
    acknowledged_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (guidance_note_id, partner_id)
);
