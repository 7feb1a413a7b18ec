package org.infoshare.consent.domain;

/** The kinds of record consent-service keeps, each with its own retention period (P13.1). */
public enum RecordKind {
    VAULT_ENTRY("vault-entry"),
    CONSENT("consent"),
    SUBJECT_ACCESS_REQUEST("subject-access-request"),
    FOI_REQUEST("foi-request"),
    BREACH_NOTICE("breach-notice"),
    LEGAL_DISCLOSURE("legal-disclosure"),
    PERSON_LINK("person-link"),
    PERSON_RELEASE("person-release"),
    POLICY_ACKNOWLEDGEMENT("policy-acknowledgement"),
    STAFF_TRAINING("staff-training");

    private final String configName;

    RecordKind(String configName) {
        this.configName = configName;
    }

    /** The name under {@code infoshare.retention.kinds}. */
    public String configName() {
        return configName;
    }
}
