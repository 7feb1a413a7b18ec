-- V1 is the shared outbox and processed-event tables (reliable-messaging, db/reliable-messaging).
-- Breaches hold no names or contact details: affected people appear only as pseudonymous ids.
CREATE TABLE breach (
    id               UUID PRIMARY KEY,
    reporter_actor   TEXT        NOT NULL,
    reporter_kind    TEXT        NOT NULL,
    reporter_partner TEXT,
    summary          TEXT        NOT NULL,
    discovered_how   TEXT        NOT NULL,
    occurred_at      TIMESTAMPTZ NOT NULL,
    aware_at         TIMESTAMPTZ NOT NULL,
    cyber_incident   BOOLEAN     NOT NULL,
    data_categories  TEXT[]      NOT NULL,
    release_ids      UUID[]      NOT NULL,
    reported_at      TIMESTAMPTZ NOT NULL
);

CREATE INDEX breach_reported_at ON breach (reported_at DESC);
CREATE INDEX breach_reporter_partner ON breach (reporter_partner) WHERE reporter_partner IS NOT NULL;
