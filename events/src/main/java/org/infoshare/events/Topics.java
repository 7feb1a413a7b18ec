package org.infoshare.events;

import java.util.Objects;

/** Kafka topic names of the platform; one topic per aggregate, plus one dead-letter topic per consumer. */
public final class Topics {

    /** Consent lifecycle and subject access requests; key subjectId. */
    public static final String CONSENT_EVENTS = "consent-events";
    /**
     * Share requests, decisions, releases, recipient notifications and safeguarding referrals; key
     * subjectId, else partnerId.
     */
    public static final String SHARING_EVENTS = "sharing-events";
    /**
     * Breach reports, assessments, ICO reports, individual notices (requested by breach-service,
     * dispatched by consent-service) and closure; key breachId.
     */
    public static final String BREACH_EVENTS = "breach-events";
    /** Every read of personal data, from every service; key subjectId. */
    public static final String PERSONAL_DATA_ACCESSED = "personal-data-accessed";
    /** Checkpoints of the tamper-evident audit trail (audit-service). */
    public static final String AUDIT_CHECKPOINTS = "audit-checkpoints";
    /**
     * Each service's part of a verified subject access answer (P12.2), written by sharing-, breach-
     * and audit-service, read by consent-service, which assembles them; key subjectId.
     */
    public static final String SUBJECT_ACCESS_PARTS = "subject-access-parts";
    /** Every service's retention removals (P13.1), keyed by subject (or record when it had none). */
    public static final String RETENTION_EVENTS = "retention-events";

    private static final String DEAD_LETTER_SUFFIX = ".dead-letter";

    private Topics() {
    }

    /**
     * The dead-letter topic of one consuming service, where it parks poison messages with the reason.
     *
     * @param consumerService the consuming service's name, e.g. {@code "sharing-service"}
     * @return {@code consumerService + ".dead-letter"}
     */
    public static String deadLetter(String consumerService) {
        Objects.requireNonNull(consumerService, "consumerService");
        if (consumerService.isBlank()) {
            throw new IllegalArgumentException("consumerService must not be blank");
        }
        return consumerService + DEAD_LETTER_SUFFIX;
    }
}
