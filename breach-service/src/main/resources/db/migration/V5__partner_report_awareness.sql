-- P14.1/P14.2: the awareness time the reporter stated, kept beside the one that starts the ICO
-- clock (for a partner's report, the time the report arrived). Earlier reports stated their own.
ALTER TABLE breach ADD COLUMN stated_aware_at TIMESTAMPTZ;
UPDATE breach SET stated_aware_at = aware_at;
ALTER TABLE breach ALTER COLUMN stated_aware_at SET NOT NULL;
