-- V1 is the shared outbox and processed-event tables (reliable-messaging, db/reliable-messaging).
-- Safeguarding referrals (P3.1): the person appears only as a pseudonymous subject id.
CREATE TABLE safeguarding_referral (
    id            UUID PRIMARY KEY,
    subject_id    TEXT        NOT NULL,
    partner_id    TEXT        NOT NULL,
    category      TEXT        NOT NULL,
    referred_by   TEXT        NOT NULL,
    referred_at   TIMESTAMPTZ NOT NULL
);

CREATE INDEX safeguarding_referral_referred_at ON safeguarding_referral (referred_at DESC, id);
