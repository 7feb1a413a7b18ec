-- Consent changes re-decide the shares still pending under that consent (held or awaiting the DPO).
DROP INDEX share_request_held_consent;
CREATE INDEX share_request_pending_consent ON share_request (consent_id)
    WHERE outcome IN ('HELD_STALE_CONSENT', 'AWAITING_DPO');
