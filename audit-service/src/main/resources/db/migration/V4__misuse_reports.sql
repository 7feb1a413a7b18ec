-- P15.2: reports of unusual access to personal data for the DPO, raised from the trail's reads.
-- Only pseudonymous subject ids and opaque user ids; the DPO's note is the one free text.

-- Where each rule's set-based pass stands: the last leaf index it evaluated.
CREATE TABLE misuse_cursor (
    rule     TEXT PRIMARY KEY,
    last_seq BIGINT NOT NULL
);

CREATE TABLE misuse_report (
    id            UUID PRIMARY KEY,
    rule          TEXT        NOT NULL CHECK (rule IN ('bulk-reads', 'out-of-hours', 'no-case')),
    actor_id      TEXT        NOT NULL,
    window_start  TIMESTAMPTZ NOT NULL,
    window_end    TIMESTAMPTZ NOT NULL,
    first_read_at TIMESTAMPTZ NOT NULL,
    last_read_at  TIMESTAMPTZ NOT NULL,
    subject_count INTEGER     NOT NULL,
    read_count    INTEGER     NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('OPEN', 'DISMISSED', 'ESCALATED')),
    raised_at     TIMESTAMPTZ NOT NULL,
    decided_by    TEXT,
    decided_at    TIMESTAMPTZ,
    dpo_note      TEXT,
    CHECK ((status = 'OPEN') = (decided_at IS NULL))
);
-- One open report per rule, user and window start: a second pass adds to it, never beside it.
CREATE UNIQUE INDEX misuse_report_open ON misuse_report (rule, actor_id, window_start) WHERE status = 'OPEN';
CREATE INDEX misuse_report_status ON misuse_report (status, raised_at DESC);

-- The reads behind a report: trail leaf indexes (and the subject, kept when retention removes the entry).
CREATE TABLE misuse_report_read (
    report_id UUID   NOT NULL REFERENCES misuse_report (id),
    seq       BIGINT NOT NULL,
    subject   TEXT   NOT NULL,
    PRIMARY KEY (report_id, seq)
);

-- The bulk rule reads one user's reads around a time.
CREATE INDEX trail_entry_actor_occurred ON trail_entry (actor, occurred_at);

GRANT SELECT, INSERT, UPDATE ON misuse_cursor, misuse_report TO ${app_role};
GRANT SELECT, INSERT ON misuse_report_read TO ${app_role};
