-- Information sheets, versioned per piece of work; a published version never changes.
CREATE TABLE information_sheet (
    id                  UUID PRIMARY KEY,
    piece_of_work       TEXT        NOT NULL,
    version             INT         NOT NULL,
    title               TEXT        NOT NULL,
    body                TEXT,
    document_reference  TEXT,
    content_hash        TEXT        NOT NULL,
    published_at        TIMESTAMPTZ NOT NULL,
    UNIQUE (piece_of_work, version)
);

-- Consents: people appear as pseudonymous subject ids (the vault holds who they are).
CREATE TABLE consent (
    id                        UUID PRIMARY KEY,
    subject_id                TEXT        NOT NULL REFERENCES vault_entry (subject_id),
    version                   BIGINT      NOT NULL,
    state                     TEXT        NOT NULL,
    purposes                  TEXT[]      NOT NULL,
    data_categories           TEXT[]      NOT NULL,
    recipient_partner_ids     TEXT[]      NOT NULL,
    recipient_partner_kinds   TEXT[]      NOT NULL,
    handling                  TEXT        NOT NULL,
    lawful_basis              TEXT        NOT NULL,
    article9_condition        TEXT,
    capture_channel           TEXT        NOT NULL,
    captured_by               TEXT        NOT NULL,
    captured_at               TIMESTAMPTZ NOT NULL,
    witness                   TEXT,
    capture_notes             TEXT,
    evidence_reference        TEXT,
    information_sheet_id      UUID        NOT NULL REFERENCES information_sheet (id),
    information_sheet_version INT         NOT NULL,
    reconfirm_after_days      INT         NOT NULL,
    expires_at                TIMESTAMPTZ,
    last_confirmed_at         TIMESTAMPTZ NOT NULL,
    proxy_kind                TEXT,
    proxy_reference           TEXT,
    proxy_scope               TEXT,
    proxy_expires_at          TIMESTAMPTZ,
    updated_at                TIMESTAMPTZ NOT NULL
);

CREATE INDEX consent_subject ON consent (subject_id);
-- The lifecycle sweep reads only consents that can still change with time.
CREATE INDEX consent_open ON consent (last_confirmed_at) WHERE state IN ('ACTIVE', 'RECONFIRMATION_DUE');

-- Every withdrawal as recorded, with the exact scope it took away (P6.8).
CREATE TABLE consent_withdrawal (
    id                       UUID PRIMARY KEY,
    consent_id               UUID        NOT NULL REFERENCES consent (id),
    whole                    BOOLEAN     NOT NULL,
    purposes                 TEXT[]      NOT NULL,
    recipient_partner_ids    TEXT[]      NOT NULL,
    recipient_partner_kinds  TEXT[]      NOT NULL,
    channel                  TEXT        NOT NULL,
    recorded_by              TEXT        NOT NULL,
    withdrawn_at             TIMESTAMPTZ NOT NULL,
    notes                    TEXT
);

-- Every explicit re-confirmation (P6.6: the only thing that extends a consent).
CREATE TABLE consent_reconfirmation (
    id                  UUID PRIMARY KEY,
    consent_id          UUID        NOT NULL REFERENCES consent (id),
    channel             TEXT        NOT NULL,
    recorded_by         TEXT        NOT NULL,
    reconfirmed_at      TIMESTAMPTZ NOT NULL,
    evidence_reference  TEXT,
    notes               TEXT
);
