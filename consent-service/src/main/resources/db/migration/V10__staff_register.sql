-- P15.1: the staff register. Staff are known by their token's subject (an opaque id, as every
-- event's actor), never by name. A staff member enters the register when the DPO registers them
-- at induction (registered_by = the DPO), or when they first acknowledge the policy or have
-- training recorded. Each acknowledgement is of one policy version; the version in force is the
-- setting infoshare.staff.policy-version. Training completions are kept as recorded by the DPO.
CREATE TABLE staff_member (
    staff_id       TEXT PRIMARY KEY,
    registered_by  TEXT        NOT NULL,
    registered_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE policy_acknowledgement (
    staff_id        TEXT        NOT NULL REFERENCES staff_member (staff_id),
    policy_version  TEXT        NOT NULL,
    acknowledged_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (staff_id, policy_version)
);

CREATE TABLE staff_training (
    id            UUID PRIMARY KEY,
    staff_id      TEXT        NOT NULL REFERENCES staff_member (staff_id),
    course        TEXT        NOT NULL,
    completed_on  DATE        NOT NULL,
    recorded_by   TEXT        NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL
);

CREATE INDEX staff_training_by_staff ON staff_training (staff_id, completed_on DESC);
