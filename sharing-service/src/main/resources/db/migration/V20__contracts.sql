-- Several Healthwatch contracts, one organisation (issue 12 item 6): every share request belongs to
-- a contract (api-support's configured contracts). Requests from before belong to the default one.
ALTER TABLE share_request ADD COLUMN contract_id TEXT;
UPDATE share_request SET contract_id = '${default-contract}';
ALTER TABLE share_request ALTER COLUMN contract_id SET NOT NULL;
CREATE INDEX share_request_contract ON share_request (contract_id, requested_at DESC);
