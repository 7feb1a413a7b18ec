package org.infoshare.sharing.domain;

/**
 * The kinds of record sharing-service keeps, each with its own retention period (P13.1), in the
 * order retention removes them: what hangs off a release before the release, a release's payload
 * before its record, the request after its releases; then the register of agreements, what refers
 * to a protocol, guidance note or partner before it.
 */
public enum RecordKind {
    ONWARD_REQUEST("onward-request"),
    RECIPIENT_NOTIFICATION("recipient-notification"),
    SAFEGUARDING_REFERRAL("safeguarding-referral"),
    LEGAL_DISCLOSURE("legal-disclosure"),
    RELEASE_PAYLOAD("release-payload"),
    SHARE_REQUEST_PAYLOAD("share-request-payload"),
    RELEASE("release"),
    SHARE_REQUEST("share-request"),
    CONSENT_PROJECTION("consent-projection"),
    PROTOCOL_ATTESTATION("protocol-attestation"),
    PROTOCOL_CONFLICT("protocol-conflict"),
    GUIDANCE_ACKNOWLEDGEMENT("guidance-acknowledgement"),
    GUIDANCE_NOTE("guidance-note"),
    PROTOCOL("protocol"),
    PROVIDER_LINK("provider-link"),
    PARTNER("partner"),
    STAFF_ACKNOWLEDGEMENT("staff-acknowledgement");

    private final String configName;

    RecordKind(String configName) {
        this.configName = configName;
    }

    /** The name under {@code infoshare.retention.kinds} and in record-erased. */
    public String configName() {
        return configName;
    }
}
