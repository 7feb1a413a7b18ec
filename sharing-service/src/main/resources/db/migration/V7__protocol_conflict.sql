-- P5.1: a partner's declaration that part of a protocol conflicts with the law it must comply with
-- (the law takes precedence). Listed to the DPO at once; no personal data in the description.
CREATE TABLE protocol_conflict (
    id             UUID PRIMARY KEY,
    protocol_id    UUID        NOT NULL REFERENCES protocol (id),
    partner_id     TEXT        NOT NULL REFERENCES partner (id),
    description    TEXT        NOT NULL,
    legal_basis    TEXT        NOT NULL,
    declared_by    TEXT        NOT NULL,
    declared_at    TIMESTAMPTZ NOT NULL
);

CREATE INDEX protocol_conflict_declared_at ON protocol_conflict (declared_at DESC, id);
