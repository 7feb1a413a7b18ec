-- Several Healthwatch contracts, one organisation (issue 12 item 6): every breach belongs to a
-- contract (api-support's configured contracts). Breaches from before belong to the default one.
ALTER TABLE breach ADD COLUMN contract_id TEXT;
UPDATE breach SET contract_id = '${default-contract}';
ALTER TABLE breach ALTER COLUMN contract_id SET NOT NULL;
CREATE INDEX breach_contract ON breach (contract_id, reported_at DESC);
