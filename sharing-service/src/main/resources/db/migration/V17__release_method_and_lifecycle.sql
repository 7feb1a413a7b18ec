-- P11.1: the protocol whose method (channel, sender, named recipient) governs how a release is
-- delivered (none under guidance notes), and each release's lifecycle after it is stored: first
-- delivered (fetched by the partner, or sent by secure e-mail by staff) and by whom (an opaque
-- actor id), and its payload destroyed (after its retention, or at once on withdrawal), the record kept.
ALTER TABLE release ADD COLUMN protocol_id UUID REFERENCES protocol (id);
ALTER TABLE release ADD COLUMN delivered_at TIMESTAMPTZ;
ALTER TABLE release ADD COLUMN delivered_by TEXT;
ALTER TABLE release ADD COLUMN payload_destroyed_at TIMESTAMPTZ;
ALTER TABLE release ADD COLUMN payload_destruction_cause TEXT;

-- A destroyed payload is gone, not emptied: neither its sealed nor a legacy plain copy is kept (V15
-- required one of the two; a destroyed release holds neither).
ALTER TABLE release ALTER COLUMN content_json DROP NOT NULL;
ALTER TABLE release DROP CONSTRAINT release_content_kept;
ALTER TABLE release ADD CONSTRAINT release_content_kept
    CHECK (content_sealed IS NOT NULL OR content_json IS NOT NULL OR payload_destroyed_at IS NOT NULL);
ALTER TABLE release ADD CONSTRAINT release_payload_destroyed
    CHECK ((payload_destroyed_at IS NULL) = (payload_destruction_cause IS NULL));

-- The retention job's scan: payloads still held, oldest first.
CREATE INDEX release_payload_held ON release (released_at) WHERE payload_destroyed_at IS NULL;
