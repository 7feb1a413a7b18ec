-- Issue 6: scope, status, the release projection, assessments, ICO reports, notices, actions and
-- escalations. Still no names or contact details: people are pseudonymous subject ids only.

ALTER TABLE breach
    ADD COLUMN certainty       TEXT NOT NULL DEFAULT 'SUSPECTED',
    ADD COLUMN scope_partner   TEXT,
    ADD COLUMN window_from     TIMESTAMPTZ,
    ADD COLUMN window_to       TIMESTAMPTZ,
    ADD COLUMN risk_level      TEXT,
    ADD COLUMN ico_reported_at TIMESTAMPTZ,
    ADD COLUMN closed_at       TIMESTAMPTZ,
    ADD CONSTRAINT breach_window_complete CHECK (
        (scope_partner IS NULL AND window_from IS NULL AND window_to IS NULL)
        OR (scope_partner IS NOT NULL AND window_from IS NOT NULL AND window_to IS NOT NULL));

-- Where the escalation job looks: breaches whose ICO clock may still be running.
CREATE INDEX breach_clock_running ON breach (aware_at) WHERE closed_at IS NULL AND ico_reported_at IS NULL;

-- Projection of sharing-service's share-released events, for tracing (P14.1, P10.1).
CREATE TABLE release_record (
    release_id        UUID PRIMARY KEY,
    subject_id        TEXT,
    partner_id        TEXT        NOT NULL,
    parent_release_id UUID,
    data_categories   TEXT[]      NOT NULL,
    released_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX release_record_parent ON release_record (parent_release_id) WHERE parent_release_id IS NOT NULL;
CREATE INDEX release_record_partner_time ON release_record (partner_id, released_at);

CREATE TABLE breach_assessment (
    id           UUID PRIMARY KEY,
    breach_id    UUID        NOT NULL REFERENCES breach (id),
    likelihood   TEXT        NOT NULL,
    severity     TEXT        NOT NULL,
    risk_level   TEXT        NOT NULL,
    factors      TEXT[]      NOT NULL,
    consequences TEXT        NOT NULL,
    reasons      TEXT        NOT NULL,
    assessed_by  TEXT        NOT NULL,
    assessed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX breach_assessment_breach ON breach_assessment (breach_id, assessed_at DESC);

CREATE TABLE ico_report (
    id                   UUID PRIMARY KEY,
    breach_id            UUID        NOT NULL REFERENCES breach (id),
    kind                 TEXT        NOT NULL,
    late                 BOOLEAN     NOT NULL,
    delay_reasons        TEXT,
    ico_reference        TEXT,
    what_happened        TEXT        NOT NULL,
    how_discovered       TEXT        NOT NULL,
    occurred_at          TIMESTAMPTZ NOT NULL,
    aware_at             TIMESTAMPTZ NOT NULL,
    cyber_incident       BOOLEAN     NOT NULL,
    categories_of_people TEXT[]      NOT NULL,
    approximate_subjects INTEGER     NOT NULL,
    categories_of_data   TEXT[]      NOT NULL,
    approximate_records  INTEGER     NOT NULL,
    recipients_involved  TEXT[]      NOT NULL,
    risk_level           TEXT        NOT NULL,
    likely_consequences  TEXT        NOT NULL,
    measures_taken       TEXT        NOT NULL,
    measures_proposed    TEXT        NOT NULL,
    individuals_told     TEXT        NOT NULL,
    reported_by          TEXT        NOT NULL,
    reported_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX ico_report_breach ON ico_report (breach_id, reported_at);
-- One initial report per breach, even when two requests race.
CREATE UNIQUE INDEX ico_report_one_initial ON ico_report (breach_id) WHERE kind = 'INITIAL';

CREATE TABLE breach_notice (
    id              UUID PRIMARY KEY,
    breach_id       UUID        NOT NULL REFERENCES breach (id),
    subject_id      TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    advice          TEXT        NOT NULL,
    support_offered TEXT        NOT NULL,
    channel         TEXT,
    prepared_at     TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ,
    UNIQUE (breach_id, subject_id)
);

CREATE TABLE breach_action (
    id          UUID PRIMARY KEY,
    breach_id   UUID        NOT NULL REFERENCES breach (id),
    kind        TEXT        NOT NULL,
    description TEXT        NOT NULL,
    owner       TEXT        NOT NULL,
    due_on      DATE        NOT NULL,
    outcome     TEXT,
    created_at  TIMESTAMPTZ NOT NULL,
    done_at     TIMESTAMPTZ
);
CREATE INDEX breach_action_breach ON breach_action (breach_id, created_at);

CREATE TABLE breach_escalation (
    id                      UUID PRIMARY KEY,
    breach_id               UUID        NOT NULL REFERENCES breach (id),
    before_deadline_seconds BIGINT      NOT NULL,
    escalated_at            TIMESTAMPTZ NOT NULL,
    UNIQUE (breach_id, before_deadline_seconds)
);
