-- Subject access requests: identity verification, pauses and extensions (P12.2).
ALTER TABLE subject_access_request
    ADD COLUMN status               TEXT NOT NULL DEFAULT 'AWAITING_IDENTITY',
    ADD COLUMN identity_method      TEXT,
    ADD COLUMN identity_verified_by TEXT,
    ADD COLUMN identity_verified_at TIMESTAMPTZ,
    ADD COLUMN paused_since         DATE,
    ADD COLUMN pause_reason         TEXT,
    ADD COLUMN paused_days          INT  NOT NULL DEFAULT 0,
    ADD COLUMN extension_months     INT  NOT NULL DEFAULT 0,
    ADD COLUMN extension_reason     TEXT;

-- The FOI log (P12.1): what was received and which council it went to, when. The requester's
-- details stay with the council; nothing here identifies them.
CREATE TABLE foi_request (
    id             UUID PRIMARY KEY,
    received_at    TIMESTAMPTZ NOT NULL,
    summary        TEXT        NOT NULL,
    council        TEXT        NOT NULL,
    handed_over_at TIMESTAMPTZ NOT NULL,
    recorded_by    TEXT        NOT NULL
);
