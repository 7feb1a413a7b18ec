package org.infoshare.web;

/** Realm roles of the infoshare Keycloak realm (DESIGN.md, Security). */
public final class Roles {

    public static final String STAFF = "staff";
    public static final String DPO = "dpo";
    /** The Chief Executive: handles access-to-information requests (SAR, FOI) with the DPO (P12.3). */
    public static final String CHIEF_EXECUTIVE = "chief-executive";
    public static final String AUDITOR = "auditor";
    public static final String PARTNER = "partner";
    public static final String SERVICE = "service";
    /** The dashboard's service account on a small provider's signed link (issue 13 item 4b). */
    public static final String PROVIDER_PORTAL = "provider-portal";
    /** The dashboard's account for a person's one-time link pages (issue 13 item 4(a)); no person has it. */
    public static final String PERSON_PORTAL = "person-portal";
    /** Operators: a service's dead letters (list, replay after a fix). */
    public static final String OPS = "ops";

    private Roles() {
    }
}
