-- A record the broker refuses for good (too large, invalid) is parked with its reason instead of
-- blocking every later event of the service; the relay goes on with the next. Parked rows are
-- listed by metric and log for an operator. (Shared migrations of reliable-messaging take V1 and
-- V50; a service numbers its own from V2 to V49, then from V51.)
ALTER TABLE outbox_event ADD COLUMN parked_at TIMESTAMPTZ, ADD COLUMN park_reason TEXT;

DROP INDEX outbox_event_pending;
CREATE INDEX outbox_event_pending ON outbox_event (id) WHERE published_at IS NULL AND parked_at IS NULL;
