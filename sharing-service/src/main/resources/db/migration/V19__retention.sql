-- P13.1: retention. An anonymised release or share request keeps the fact (ids, partner, purpose,
-- categories, dates, outcome) without the person or what was shared; a share request's payload
-- goes once no release made from it holds one. The markers make each step happen (and be
-- announced) once; the partial indexes find what is still held, oldest first.
ALTER TABLE release ADD COLUMN anonymised_at TIMESTAMPTZ;
ALTER TABLE share_request ADD COLUMN anonymised_at TIMESTAMPTZ;
ALTER TABLE share_request ADD COLUMN payload_destroyed_at TIMESTAMPTZ;

CREATE INDEX release_not_anonymised ON release (released_at) WHERE anonymised_at IS NULL;
CREATE INDEX share_request_not_anonymised ON share_request (decided_at) WHERE anonymised_at IS NULL;
CREATE INDEX share_request_payload_held ON share_request (decided_at) WHERE payload_destroyed_at IS NULL;
CREATE INDEX release_share_request ON release (share_request_id);
CREATE INDEX recipient_notification_notified_at ON recipient_notification (notified_at);
CREATE INDEX onward_request_requested_at ON onward_request (requested_at);
CREATE INDEX consent_projection_ended ON consent_projection (updated_at) WHERE whole_withdrawn OR expired;
