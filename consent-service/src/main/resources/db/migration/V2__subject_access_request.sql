-- V1 is the shared outbox and processed-event tables (reliable-messaging, db/reliable-messaging).
-- Subject access requests: the person appears only as the vault's pseudonymous subject id.
CREATE TABLE subject_access_request (
    id           UUID PRIMARY KEY,
    subject_id   TEXT        NOT NULL,
    channel      TEXT        NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL,
    due_date     DATE        NOT NULL,
    recorded_by  TEXT        NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX subject_access_request_due ON subject_access_request (due_date, id);
