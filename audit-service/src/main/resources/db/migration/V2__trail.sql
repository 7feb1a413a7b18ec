-- V1 is the shared outbox and processed-event tables (reliable-messaging, db/reliable-messaging).
-- One entry per event of the platform. Subjects appear only as pseudonymous ids; the payload is
-- kept as a digest, so the trail proves what was said without holding it twice.
CREATE TABLE trail_entry (
    seq             BIGSERIAL PRIMARY KEY,
    event_id        UUID        NOT NULL UNIQUE,
    event_type      TEXT        NOT NULL,
    source          TEXT        NOT NULL,
    subject         TEXT,
    occurred_at     TIMESTAMPTZ NOT NULL,
    topic           TEXT        NOT NULL,
    payload_sha256  TEXT        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX trail_entry_subject ON trail_entry (subject, seq);
CREATE INDEX trail_entry_type ON trail_entry (event_type, seq);
