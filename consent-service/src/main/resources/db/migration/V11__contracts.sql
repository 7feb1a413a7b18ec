-- Several Healthwatch contracts, one organisation (issue 12 item 6): every consent and FOI request
-- belongs to a contract (api-support's configured contracts). Rows from before belong to the
-- default contract.
ALTER TABLE consent ADD COLUMN contract_id TEXT;
UPDATE consent SET contract_id = '${default-contract}';
ALTER TABLE consent ALTER COLUMN contract_id SET NOT NULL;
CREATE INDEX consent_contract_idx ON consent (contract_id, captured_at DESC);

-- P12.1: an FOI request is logged first and handed to the council responsible for its contract as
-- a step of its own (handed_over_at and handed_over_by empty until then). The council's name and
-- its FOI team's address are organisational, taken from the contract when the request is logged.
ALTER TABLE foi_request
    ADD COLUMN contract_id         TEXT,
    ADD COLUMN council_foi_contact TEXT,
    ADD COLUMN handed_over_by      TEXT;
UPDATE foi_request SET contract_id = '${default-contract}', handed_over_by = recorded_by;
ALTER TABLE foi_request
    ALTER COLUMN contract_id SET NOT NULL,
    ALTER COLUMN handed_over_at DROP NOT NULL;
CREATE INDEX foi_request_contract_idx ON foi_request (contract_id, received_at DESC);
