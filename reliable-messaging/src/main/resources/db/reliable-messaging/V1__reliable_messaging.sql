-- Transactional outbox: written in the same transaction as the state change it announces,
-- relayed to Kafka in id order by OutboxRelay. Holds only pseudonymous ids (events carry no
-- personal identifiers), so it may live in every service's database.
CREATE TABLE outbox_event (
    id            BIGSERIAL PRIMARY KEY,
    event_id      UUID        NOT NULL UNIQUE,
    topic         TEXT        NOT NULL,
    message_key   TEXT        NOT NULL,
    event_type    TEXT        NOT NULL,
    payload       TEXT        NOT NULL, -- CloudEvents structured JSON, exactly the bytes sent
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at  TIMESTAMPTZ
);

-- The relay only ever reads unpublished rows in id order; a partial index keeps that read
-- cheap however many published rows accumulate (a plain index on published_at got a plan that
-- re-read every published row).
CREATE INDEX outbox_event_pending ON outbox_event (id) WHERE published_at IS NULL;

-- Wake the relay as soon as a transaction that wrote outbox rows commits (NOTIFY is delivered
-- on commit only, so a rolled-back transaction wakes nobody). One notification per statement
-- keeps set-based fan-out inserts cheap.
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox_event', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER outbox_event_inserted
    AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();

-- Idempotent consumer: the id of every event a consumer has applied, stored in the same
-- transaction as the effect, so a redelivered event is recognised and skipped.
CREATE TABLE processed_event (
    consumer      TEXT        NOT NULL,
    event_id      UUID        NOT NULL,
    event_type    TEXT        NOT NULL,
    processed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
