-- P13.1: retention finds closed breaches and release records still naming a person, oldest first,
-- without a scan (a breach's parts are found by their existing breach_id indexes).
CREATE INDEX breach_closed_at ON breach (closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX release_record_named ON release_record (released_at) WHERE subject_id IS NOT NULL;
