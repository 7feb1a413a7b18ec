package org.infoshare.dashboard.web;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is signed in, as the pages need it: the name to show and which parts of the dashboard are theirs. */
@io.quarkus.qute.TemplateData
public record Viewer(String name, boolean staff, boolean dpo, boolean auditor, boolean chiefExecutive) {

    public static final String STAFF = "staff";
    public static final String DPO = "dpo";
    public static final String AUDITOR = "auditor";
    /** The Chief Executive handles access-to-information requests with the DPO (P12.3). */
    public static final String CHIEF_EXECUTIVE = "chief-executive";

    static Viewer of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new Viewer("", false, false, false, false);
        }
        return new Viewer(identity.getPrincipal().getName(), identity.hasRole(STAFF), identity.hasRole(DPO),
                identity.hasRole(AUDITOR), identity.hasRole(CHIEF_EXECUTIVE));
    }

    /** Sees the overview: staff and the DPO. */
    public boolean overview() {
        return staff || dpo;
    }

    /** Handles subject access requests: the DPO and the Chief Executive (P12.3). */
    public boolean accessRequests() {
        return dpo || chiefExecutive;
    }

    /** The page to land on after signing in. */
    String home() {
        return overview() ? "/overview" : auditor ? "/auditor" : chiefExecutive ? "/subject-access" : "/forbidden";
    }
}
