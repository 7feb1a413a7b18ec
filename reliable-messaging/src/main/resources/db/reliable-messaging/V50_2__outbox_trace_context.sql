-- The W3C trace context (traceparent, tracestate) current when an event was appended: the relay
-- publishes the event in a span under it and passes it on in the Kafka record's headers, so one
-- withdrawal can be followed from the request through Kafka to the partner's webhook. Trace and
-- span ids only; null when tracing was off. (reliable-messaging's own range: V1, V50, V50_x.)
ALTER TABLE outbox_event ADD COLUMN traceparent TEXT, ADD COLUMN tracestate TEXT;
