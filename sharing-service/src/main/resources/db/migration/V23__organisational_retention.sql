-- P13.1: the register of agreements has retention too. An expired protocol is kept (the releases it
-- governed refer to it) but, after its period, without its named recipient (a person at the
-- partner); superseded attestations and guidance, resolved conflicts and partners nothing refers
-- to are deleted. The indexes find what falls due, oldest first.
ALTER TABLE protocol ALTER COLUMN named_recipient_encrypted DROP NOT NULL;
ALTER TABLE protocol ADD COLUMN anonymised_at TIMESTAMPTZ;

CREATE INDEX protocol_expired ON protocol (updated_at) WHERE status = 'EXPIRED' AND anonymised_at IS NULL;
CREATE INDEX protocol_conflict_resolved ON protocol_conflict (resolved_at) WHERE resolved_at IS NOT NULL;
CREATE INDEX protocol_attestation_partner ON protocol_attestation (protocol_id, partner_id, attested_at);
CREATE INDEX guidance_acknowledgement_note ON guidance_acknowledgement (guidance_note_id);
