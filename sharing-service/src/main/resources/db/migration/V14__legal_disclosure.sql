-- P2.1: one-off disclosures under a legal duty (a court order and the like) to a body that is not
-- a partner, recorded by the DPO. No identifier of the person is held here: when the order needs
-- the identity, consent-service prepares it from its vault and the DPO hands it over there; the
-- hand-over (channel, who, when) completes the row. A person not told has the reason recorded.
CREATE TABLE legal_disclosure (
    id                      UUID PRIMARY KEY,
    subject_id              TEXT        NOT NULL,
    recipient_kind          TEXT        NOT NULL,
    recipient_organisation  TEXT        NOT NULL,
    order_reference         TEXT        NOT NULL,
    identifiable            BOOLEAN     NOT NULL,
    justification           TEXT        NOT NULL,
    tell_subject            BOOLEAN     NOT NULL,
    not_told_reason         TEXT,
    decided_by              TEXT        NOT NULL,
    decided_at              TIMESTAMPTZ NOT NULL,
    status                  TEXT        NOT NULL,
    hand_over_channel       TEXT,
    handed_over_by          TEXT,
    handed_over_at          TIMESTAMPTZ,
    CONSTRAINT legal_disclosure_told CHECK (tell_subject = (not_told_reason IS NULL)),
    CONSTRAINT legal_disclosure_hand_over CHECK (
        (status = 'HANDOVER_REQUESTED' AND hand_over_channel IS NULL AND handed_over_at IS NULL)
        OR (status = 'COMPLETED' AND hand_over_channel IS NOT NULL AND handed_over_by IS NOT NULL
            AND handed_over_at IS NOT NULL))
);

CREATE INDEX legal_disclosure_newest ON legal_disclosure (decided_at DESC, id);
