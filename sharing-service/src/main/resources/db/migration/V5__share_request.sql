-- Share requests and their current decision (P1.4, P2.1, P6.2, P6.3, P6.7, P8.1, P9.1). The person
-- appears only as a pseudonymous subject id; none for non-personal (aggregate) shares.
CREATE TABLE share_request (
    id                    UUID PRIMARY KEY,
    subject_id            TEXT,
    partner_id            TEXT        NOT NULL,
    purpose               TEXT        NOT NULL,
    data_categories       TEXT[]      NOT NULL,
    identifiable          BOOLEAN     NOT NULL,
    identifiable_reason   TEXT,
    basis                 TEXT        NOT NULL,
    consent_id            UUID,
    legal_reference       TEXT,
    proportionality       TEXT,
    sensitivity           TEXT,
    requested_by          TEXT        NOT NULL,
    requested_at          TIMESTAMPTZ NOT NULL,
    outcome               TEXT        NOT NULL,
    reasons               TEXT[]      NOT NULL,
    findings              TEXT[]      NOT NULL,
    decided_by            TEXT        NOT NULL,
    decided_at            TIMESTAMPTZ NOT NULL,
    dpo_justification     TEXT
);

CREATE INDEX share_request_requested_at ON share_request (requested_at DESC, id);
CREATE INDEX share_request_outcome ON share_request (outcome, requested_at DESC);
-- consent-reconfirmed finds the shares held under that consent (P6.7)
CREATE INDEX share_request_held_consent ON share_request (consent_id) WHERE outcome = 'HELD_STALE_CONSENT';
