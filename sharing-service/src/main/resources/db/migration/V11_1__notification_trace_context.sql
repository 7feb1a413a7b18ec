-- The W3C trace context (traceparent, tracestate) of the withdrawal that made each notification:
-- its webhook sends, claimed later by the dispatcher, run in spans of that trace and pass it to
-- the partner in a traceparent header. Trace and span ids only; null when tracing was off.
-- (Numbered 11.1 so it merges beside other V11 migrations.)
ALTER TABLE recipient_notification ADD COLUMN traceparent TEXT, ADD COLUMN tracestate TEXT;
