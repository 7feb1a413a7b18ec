-- P15.1: the staff acknowledgements of the policy, copied from consent-service's
-- policy-acknowledged events (consent-events), so that this service's acknowledgement gate
-- (api-support's PolicyAcknowledgementGate) needs no call to consent-service. Staff are known by
-- their token's subject (an opaque id), never by name.
CREATE TABLE staff_acknowledgement (
    staff_id        TEXT        NOT NULL,
    policy_version  TEXT        NOT NULL,
    acknowledged_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (staff_id, policy_version)
);
