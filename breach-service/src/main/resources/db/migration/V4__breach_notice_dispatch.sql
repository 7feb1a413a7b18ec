-- Issue 6: notices are addressed and sent by consent-service (the only holder of contact details).
-- Here stays only what the DPO asked for (a preferred channel) and, when consent-service could not
-- send, why (a closed vocabulary, never a contact detail). Status: PENDING (requested), SENT, FAILED.
ALTER TABLE breach_notice
    ADD COLUMN preferred_channel TEXT,
    ADD COLUMN failure_reason    TEXT;
