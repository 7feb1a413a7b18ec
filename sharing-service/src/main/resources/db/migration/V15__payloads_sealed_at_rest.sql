-- Issue 11: share payloads and release contents are special-category data, sealed at rest like the
-- stored secrets (AES-256-GCM through SHARING_SECRETS_KEYSET; associated data: column and row id).
-- *_sealed holds the ciphertext, *_key_id the id of the key that sealed it (rotation finds the
-- values of a retired key by it). New rows are written sealed only.
ALTER TABLE share_request ADD COLUMN payload_sealed TEXT, ADD COLUMN payload_key_id INTEGER;
ALTER TABLE release ADD COLUMN content_sealed TEXT, ADD COLUMN content_key_id INTEGER;

-- The plain columns keep the rows written before this release until the application re-seals them
-- (SealedPayloads: at start, then every secrets-rewrap-every), which empties them. They are dropped
-- by a later migration, once every instance runs this release and the re-seal has reported none
-- left: dropping them here would lose the rows an older instance writes during a rolling deploy.
ALTER TABLE share_request ALTER COLUMN payload_json DROP NOT NULL;
ALTER TABLE release ALTER COLUMN content_json DROP NOT NULL;
ALTER TABLE share_request ADD CONSTRAINT share_request_payload_kept
    CHECK (payload_sealed IS NOT NULL OR payload_json IS NOT NULL);
ALTER TABLE release ADD CONSTRAINT release_content_kept
    CHECK (content_sealed IS NOT NULL OR content_json IS NOT NULL);

-- What the re-seal claims: rows still plain, and rows sealed by a key no longer primary.
CREATE INDEX share_request_payload_plain ON share_request (id) WHERE payload_sealed IS NULL;
CREATE INDEX share_request_payload_key ON share_request (payload_key_id);
CREATE INDEX release_content_plain ON release (id) WHERE content_sealed IS NULL;
CREATE INDEX release_content_key ON release (content_key_id);
