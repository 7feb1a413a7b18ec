package org.infoshare.dashboard.web;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is signed in, as the pages need it: the name to show and which parts of the dashboard are theirs. */
@io.quarkus.qute.TemplateData
public record Viewer(String name, boolean staff, boolean dpo, boolean auditor) {

    public static final String STAFF = "staff";
    public static final String DPO = "dpo";
    public static final String AUDITOR = "auditor";

    static Viewer of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new Viewer("", false, false, false);
        }
        return new Viewer(identity.getPrincipal().getName(), identity.hasRole(STAFF), identity.hasRole(DPO),
                identity.hasRole(AUDITOR));
    }

    /** Sees the overview: staff and the DPO. */
    public boolean overview() {
        return staff || dpo;
    }

    /** The page to land on after signing in. */
    String home() {
        return overview() ? "/overview" : auditor ? "/auditor" : "/forbidden";
    }
}
