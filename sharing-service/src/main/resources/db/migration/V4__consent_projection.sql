-- What sharing-service knows of each consent, built from consent-events only (the decision path
-- never calls consent-service). Monotone columns: see ConsentProjection.
CREATE TABLE consent_projection (
    consent_id                   UUID PRIMARY KEY,
    subject_id                   TEXT        NOT NULL,
    version                      BIGINT      NOT NULL,
    given_version                BIGINT      NOT NULL,
    purposes                     TEXT[]      NOT NULL,
    data_categories              TEXT[]      NOT NULL,
    recipient_partner_ids        TEXT[]      NOT NULL,
    recipient_partner_kinds      TEXT[]      NOT NULL,
    withdrawn_purposes           TEXT[]      NOT NULL,
    withdrawn_partner_ids        TEXT[]      NOT NULL,
    withdrawn_partner_kinds      TEXT[]      NOT NULL,
    whole_withdrawn              BOOLEAN     NOT NULL,
    expired                      BOOLEAN     NOT NULL,
    last_confirmed_at            TIMESTAMPTZ,
    reconfirm_after_days         INT         NOT NULL,
    expires_at                   TIMESTAMPTZ,
    reconfirmation_requested_at  TIMESTAMPTZ,
    updated_at                   TIMESTAMPTZ NOT NULL
);

CREATE INDEX consent_projection_subject ON consent_projection (subject_id);
