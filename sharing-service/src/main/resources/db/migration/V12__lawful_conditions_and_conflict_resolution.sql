-- P4.1: a non-consent share of personal data names its GDPR condition from the vocabulary shared
-- with consent-service: the Art. 6(1) letter, and the Art. 9(2) letter for special category data.
ALTER TABLE share_request ADD COLUMN lawful_basis TEXT, ADD COLUMN article9_condition TEXT;

-- P4.1: a recipient continuing after a withdrawal names its condition from the same vocabulary.
-- lawful_condition keeps its label (and the free text of answers recorded before).
ALTER TABLE recipient_notification ADD COLUMN lawful_basis TEXT, ADD COLUMN article9_condition TEXT;
UPDATE recipient_notification
   SET lawful_basis = upper(substring(lawful_condition FROM '^Art\.?\s*6\(1\)\(([a-fA-F])\)'))
 WHERE lawful_condition ~ '^Art\.?\s*6\(1\)\([a-fA-F]\)';

-- P5.1: a declared conflict with the law suspends its protocol until the DPO resolves it: the
-- protocol agreed again, or ended, with the DPO's written reasons. Open = not yet resolved.
ALTER TABLE protocol_conflict ADD COLUMN resolution_outcome TEXT, ADD COLUMN resolution TEXT,
    ADD COLUMN resolved_by TEXT, ADD COLUMN resolved_at TIMESTAMPTZ;
CREATE INDEX protocol_conflict_open ON protocol_conflict (protocol_id) WHERE resolved_at IS NULL;
