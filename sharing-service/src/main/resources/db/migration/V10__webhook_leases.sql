-- Webhook delivery under faults (issue 10): each claim stamps a fresh lease token, and an outcome
-- is recorded only with the token of the current claim, so a send that outlived its lease (and
-- was claimed again elsewhere) cannot overwrite what the newer attempt recorded.
ALTER TABLE recipient_notification ADD COLUMN lease_token UUID;

-- Wake the dispatchers as soon as a transaction that made due webhook deliveries commits (NOTIFY
-- is delivered on commit only). One notification per statement keeps set-based propagation cheap;
-- retries that come due later are found by the dispatcher's own timers and its slow poll.
CREATE FUNCTION recipient_notification_due_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM inserted WHERE delivery_state = 'PENDING') THEN
        PERFORM pg_notify('recipient_notification_due', '');
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER recipient_notification_inserted
    AFTER INSERT ON recipient_notification
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION recipient_notification_due_notify();
