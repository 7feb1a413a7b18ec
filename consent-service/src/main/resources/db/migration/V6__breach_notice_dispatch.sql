-- P14.3: the breach notice dispatch queue. A notice merged with the person's name and address or
-- e-mail is personal data, so it is held here (consent-service) and only as AES-256-GCM ciphertext
-- (Tink, key id beside it), bound to its notice id. This queue is the hand-off to the print and
-- mail channel; listing it shows no content. A notice that could not be merged keeps only why.
CREATE TABLE breach_notice_dispatch (
    notice_id           UUID PRIMARY KEY,
    breach_id           UUID        NOT NULL,
    subject_id          TEXT        NOT NULL,
    status              TEXT        NOT NULL,
    channel             TEXT,
    failure_reason      TEXT,
    key_id              BIGINT,
    content_ciphertext  BYTEA,
    requested_at        TIMESTAMPTZ NOT NULL,
    dispatched_at       TIMESTAMPTZ NOT NULL,
    CONSTRAINT breach_notice_dispatch_outcome CHECK (
        (status = 'QUEUED' AND channel IS NOT NULL AND failure_reason IS NULL
            AND key_id IS NOT NULL AND content_ciphertext IS NOT NULL)
        OR (status = 'FAILED' AND channel IS NULL AND failure_reason IS NOT NULL
            AND key_id IS NULL AND content_ciphertext IS NULL))
);

CREATE INDEX breach_notice_dispatch_newest ON breach_notice_dispatch (dispatched_at DESC, notice_id);
