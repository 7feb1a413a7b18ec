-- P5.1: a partner attests, per protocol, that its security measures meet the protocol and that
-- its staff and agents know the protocol. Every attestation is kept; the latest is current.
CREATE TABLE protocol_attestation (
    id                       UUID PRIMARY KEY,
    protocol_id              UUID        NOT NULL REFERENCES protocol (id),
    partner_id               TEXT        NOT NULL REFERENCES partner (id),
    security_measures_met    BOOLEAN     NOT NULL,
    staff_informed           BOOLEAN     NOT NULL,
    statement                TEXT,
    attested_by              TEXT        NOT NULL,
    attested_at              TIMESTAMPTZ NOT NULL
);

CREATE INDEX protocol_attestation_protocol ON protocol_attestation (protocol_id, attested_at DESC);
