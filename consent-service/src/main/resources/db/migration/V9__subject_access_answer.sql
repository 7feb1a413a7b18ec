-- P12.2: the parts of a subject access answer that the other services prepare when the requester's
-- identity is verified, as they arrived by event (pseudonymous records as JSON: no identifier ever
-- left the vault), one per service; and the DPO's review, single release and the escalation of parts
-- missing at the deadline. Both go with their request (retention: subject-access-request).
CREATE TABLE subject_access_part (
    request_id      UUID        NOT NULL REFERENCES subject_access_request (id) ON DELETE CASCADE,
    service         TEXT        NOT NULL,
    completeness    TEXT        NOT NULL CHECK (completeness IN ('COMPLETE', 'PARTIAL')),
    omitted_records INT         NOT NULL CHECK (omitted_records >= 0),
    records_json    TEXT        NOT NULL,
    prepared_at     TIMESTAMPTZ NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (request_id, service)
);

CREATE TABLE subject_access_answer (
    request_id        UUID PRIMARY KEY REFERENCES subject_access_request (id) ON DELETE CASCADE,
    reviewed_by       TEXT,
    reviewed_at       TIMESTAMPTZ,
    released_by       TEXT,
    released_at       TIMESTAMPTZ,
    escalated_at      TIMESTAMPTZ,
    escalated_missing TEXT, -- the services whose part was missing, comma-separated
    CONSTRAINT subject_access_answer_released_once CHECK ((released_by IS NULL) = (released_at IS NULL))
);
