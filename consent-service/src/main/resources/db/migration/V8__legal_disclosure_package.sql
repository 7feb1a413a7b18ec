-- P2.1: a legal-duty disclosure (a court order and the like) recorded by the DPO in
-- sharing-service arrives here as legal-disclosure-approved. When the order needs the person's
-- identity it is read from the vault (recorded) and kept here only as AES-256-GCM ciphertext (Tink,
-- key id beside it), bound to the disclosure id, until the DPO fetches it once: the fetch clears it.
-- The DPO then records the hand-over (channel, who, when), announced as legal-disclosure-handed-over.
CREATE TABLE legal_disclosure_package (
    disclosure_id           UUID PRIMARY KEY,
    subject_id              TEXT        NOT NULL,
    recipient_kind          TEXT        NOT NULL,
    recipient_organisation  TEXT        NOT NULL,
    order_reference         TEXT        NOT NULL,
    identifiable            BOOLEAN     NOT NULL,
    tell_subject            BOOLEAN     NOT NULL,
    not_told_reason         TEXT,
    decided_by              TEXT        NOT NULL,
    decided_at              TIMESTAMPTZ NOT NULL,
    status                  TEXT        NOT NULL,
    prepared_at             TIMESTAMPTZ NOT NULL,
    key_id                  BIGINT,
    identity_ciphertext     BYTEA,
    identity_fetched_by     TEXT,
    identity_fetched_at     TIMESTAMPTZ,
    hand_over_channel       TEXT,
    handed_over_by          TEXT,
    handed_over_at          TIMESTAMPTZ,
    CONSTRAINT legal_disclosure_package_identity CHECK (
        (identity_ciphertext IS NULL) = (key_id IS NULL)
        AND (identifiable OR identity_ciphertext IS NULL)),
    CONSTRAINT legal_disclosure_package_hand_over CHECK (
        (status = 'HANDED_OVER') = (hand_over_channel IS NOT NULL AND handed_over_by IS NOT NULL
            AND handed_over_at IS NOT NULL))
);

CREATE INDEX legal_disclosure_package_newest ON legal_disclosure_package (prepared_at DESC, disclosure_id);
