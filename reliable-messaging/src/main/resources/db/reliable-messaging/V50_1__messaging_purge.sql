-- MessagingPurge deletes published outbox rows and processed-event ids by age, a batch at a time;
-- these indexes let each batch find its rows without reading the whole table. (Numbered 50.1 so
-- it stays inside reliable-messaging's range: services number their own from V51.)
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);
