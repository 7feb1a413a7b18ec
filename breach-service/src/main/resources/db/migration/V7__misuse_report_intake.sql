-- P15.2 -> P14.1: a breach opened from another source than a person's report, e.g. an
-- audit-service misuse report the DPO escalated: the source and its id, one breach per source id.
ALTER TABLE breach ADD COLUMN source TEXT;
ALTER TABLE breach ADD COLUMN source_ref UUID;
CREATE UNIQUE INDEX breach_source_ref ON breach (source, source_ref) WHERE source_ref IS NOT NULL;
