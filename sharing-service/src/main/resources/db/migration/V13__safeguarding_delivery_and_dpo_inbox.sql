-- P3.1: a safeguarding referral reaches a registered safeguarding team on the route it takes, is
-- acknowledged by the team or escalated, and stays on the DPO's list until the DPO has seen it.

-- A safeguarding team declares on registration which routes it takes (CHILDREN, ADULTS); other
-- partners take none. Teams registered before routes keep taking both until the DPO changes them.
ALTER TABLE partner ADD COLUMN safeguarding_routes TEXT[] NOT NULL DEFAULT '{}';
UPDATE partner SET safeguarding_routes = '{CHILDREN,ADULTS}' WHERE kind = 'SAFEGUARDING_TEAM';

-- The account of the concern is personal data: sealed by SecretCipher (row id as associated data).
-- route and concern are null only for referrals made before this version.
ALTER TABLE safeguarding_referral
    ADD COLUMN route                 TEXT,
    ADD COLUMN concern_encrypted     TEXT,
    -- delivery to the team, as for recipient notifications (PENDING, DELIVERED, FAILED, POLL_ONLY)
    ADD COLUMN delivery_state        TEXT        NOT NULL DEFAULT 'POLL_ONLY',
    ADD COLUMN attempts              INT         NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at       TIMESTAMPTZ,
    ADD COLUMN lease_token           UUID,
    ADD COLUMN last_error            TEXT,
    ADD COLUMN delivered_at          TIMESTAMPTZ,
    -- when the delivery's outcome was announced (safeguarding-referral-progressed)
    ADD COLUMN outcome_announced_at  TIMESTAMPTZ,
    ADD COLUMN acknowledged_at       TIMESTAMPTZ,
    ADD COLUMN acknowledged_by       TEXT,
    ADD COLUMN escalated_at          TIMESTAMPTZ,
    -- the DPO's list: listed with the referral, in its transaction; off the list once seen
    ADD COLUMN dpo_listed_at         TIMESTAMPTZ,
    ADD COLUMN dpo_seen_at           TIMESTAMPTZ,
    ADD COLUMN dpo_seen_by           TEXT;

-- Earlier referrals reached no team: they go on the DPO's list now, already counted as escalated
-- (the list is where an escalation lands), with nothing left to announce.
UPDATE safeguarding_referral SET dpo_listed_at = referred_at, escalated_at = now(), outcome_announced_at = now();

CREATE INDEX safeguarding_referral_due ON safeguarding_referral (next_attempt_at)
    WHERE delivery_state = 'PENDING';
CREATE INDEX safeguarding_referral_partner ON safeguarding_referral (partner_id, referred_at DESC, id);
CREATE INDEX safeguarding_referral_unacknowledged ON safeguarding_referral (referred_at)
    WHERE acknowledged_at IS NULL AND escalated_at IS NULL;
CREATE INDEX safeguarding_referral_dpo_inbox ON safeguarding_referral (referred_at DESC, id)
    WHERE dpo_seen_at IS NULL;
CREATE INDEX safeguarding_referral_unannounced ON safeguarding_referral (id)
    WHERE outcome_announced_at IS NULL AND delivery_state <> 'PENDING';

-- A new referral due for delivery wakes the webhook dispatchers on commit, on the channel the
-- recipient notifications use (one dispatcher delivers both).
CREATE FUNCTION safeguarding_referral_due_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM inserted WHERE delivery_state = 'PENDING') THEN
        PERFORM pg_notify('recipient_notification_due', '');
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER safeguarding_referral_inserted
    AFTER INSERT ON safeguarding_referral
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION safeguarding_referral_due_notify();
