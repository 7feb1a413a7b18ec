package org.infoshare.consent.domain;

/**
 * P6.1: who read a person's identifiers, in which role, and the purpose they gave. Every read of
 * the vault by a person produces one, in the same transaction as the read.
 */
public record PersonalDataRead(String subjectId, String actorId, String actorRole, String purpose, String resource) {

    public static final String VAULT_ENTRY = "vault-entry";
    public static final String VAULT_LOOKUP = "vault-lookup";
    public static final String SUBJECT_ACCESS_ANSWER = "subject-access-answer";
    public static final String BREACH_NOTICE = "breach-notice";
    public static final String LEGAL_DISCLOSURE_IDENTITY = "legal-disclosure-identity";
    /** The purpose of every read for a legal-duty disclosure (P2.1), followed by the disclosure id. */
    public static final String LEGAL_DUTY_PURPOSE = "legal-duty-disclosure";
}
