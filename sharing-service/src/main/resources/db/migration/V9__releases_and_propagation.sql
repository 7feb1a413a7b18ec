-- Payloads (generalised on receipt, never a direct identifier, P7.1): opaque to SQL, so JSON text.
ALTER TABLE share_request ADD COLUMN payload_json TEXT NOT NULL DEFAULT '{"records":[],"cells":[]}';

-- Per-recipient pseudonym keys (P7.1), AES-256-GCM encrypted like the webhook secret.
ALTER TABLE partner ADD COLUMN pseudonym_key_encrypted TEXT;

-- Releases: the recipient records (P7.1-P7.3, P9.1, P11.1), onward children included (P10.1).
-- subject_id is the organisation's pseudonymous id; subject_ref is what the partner sees.
CREATE TABLE release (
    id                   UUID PRIMARY KEY,
    share_request_id     UUID        NOT NULL REFERENCES share_request (id),
    parent_release_id    UUID        REFERENCES release (id),
    partner_id           TEXT        NOT NULL REFERENCES partner (id),
    subject_id           TEXT,
    subject_ref          TEXT,
    consent_id           UUID,
    purposes             TEXT[]      NOT NULL,
    data_categories      TEXT[]      NOT NULL,
    withheld_categories  TEXT[]      NOT NULL,
    identifiable         BOOLEAN     NOT NULL,
    content_json         TEXT        NOT NULL,
    terms                TEXT[]      NOT NULL,
    sensitivity          TEXT        NOT NULL,
    channel              TEXT        NOT NULL,
    status               TEXT        NOT NULL,
    released_at          TIMESTAMPTZ NOT NULL,
    withdrawn_at         TIMESTAMPTZ,
    fetch_count          INT         NOT NULL DEFAULT 0,
    last_fetched_at      TIMESTAMPTZ
);

-- one release per approved share (a redecision never releases twice); onward children have their own share's id
CREATE UNIQUE INDEX release_one_per_share ON release (share_request_id) WHERE parent_release_id IS NULL;
CREATE INDEX release_partner ON release (partner_id, released_at DESC, id);
CREATE INDEX release_consent_live ON release (consent_id) WHERE status = 'RELEASED';
CREATE INDEX release_parent ON release (parent_release_id) WHERE parent_release_id IS NOT NULL;

-- Onward sharing requests (P10.1), decided by the DPO.
CREATE TABLE onward_request (
    id                    UUID PRIMARY KEY,
    release_id            UUID        NOT NULL REFERENCES release (id),
    requesting_partner_id TEXT        NOT NULL,
    recipient_partner_id  TEXT        NOT NULL REFERENCES partner (id),
    purpose               TEXT        NOT NULL,
    justification         TEXT        NOT NULL,
    requested_by          TEXT        NOT NULL,
    requested_at          TIMESTAMPTZ NOT NULL,
    status                TEXT        NOT NULL,
    decided_by            TEXT,
    decided_at            TIMESTAMPTZ,
    dpo_justification     TEXT,
    child_release_id      UUID        REFERENCES release (id)
);

CREATE INDEX onward_request_status ON onward_request (status, requested_at);
CREATE INDEX onward_request_partner ON onward_request (requesting_partner_id, requested_at DESC);

-- Notifications to recipients of withdrawn releases (P6.8): one per release and cause, delivered by
-- signed webhook with retries and listed for polling; the partner's answer is recorded on it.
CREATE TABLE recipient_notification (
    id                 UUID PRIMARY KEY,
    release_id         UUID        NOT NULL REFERENCES release (id),
    partner_id         TEXT        NOT NULL,
    subject_id         TEXT        NOT NULL,
    subject_ref        TEXT,
    consent_id         UUID        NOT NULL,
    cause              TEXT        NOT NULL,
    withdrawn_at       TIMESTAMPTZ NOT NULL,
    notified_at        TIMESTAMPTZ NOT NULL,
    delivery_state     TEXT        NOT NULL,
    attempts           INT         NOT NULL DEFAULT 0,
    next_attempt_at    TIMESTAMPTZ,
    last_error         TEXT,
    delivered_at       TIMESTAMPTZ,
    response           TEXT,
    lawful_condition   TEXT,
    justification      TEXT,
    answered_by        TEXT,
    answered_at        TIMESTAMPTZ,
    escalated_at       TIMESTAMPTZ,
    UNIQUE (release_id, cause)
);

CREATE INDEX recipient_notification_partner ON recipient_notification (partner_id, notified_at DESC, id);
CREATE INDEX recipient_notification_due ON recipient_notification (next_attempt_at)
    WHERE delivery_state = 'PENDING';
CREATE INDEX recipient_notification_unanswered ON recipient_notification (notified_at)
    WHERE answered_at IS NULL AND escalated_at IS NULL;
