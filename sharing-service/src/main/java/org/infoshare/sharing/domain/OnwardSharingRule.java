package org.infoshare.sharing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * P10.1: a release is bound to its purposes. An onward share may be asked for only by the partner
 * holding a release that is still live, for one of the release's own purposes, to another
 * registered partner agreed for that purpose; it then needs the DPO's prior written consent.
 */
public final class OnwardSharingRule {

    public static final String ID = "P10.1";

    private OnwardSharingRule() {
    }

    /** Why the onward share cannot even be asked for; empty when the DPO may decide it. */
    public static List<String> problems(Release release, String purpose, Optional<Partner> recipient) {
        List<String> problems = new ArrayList<>();
        if (release.withdrawn()) {
            problems.add(ID + ": the release has been withdrawn");
        }
        if (!release.purposes().contains(purpose)) {
            problems.add(ID + ": the release is bound to " + release.purposes() + ", not '" + purpose + "'");
        }
        if (recipient.isEmpty()) {
            problems.add(ID + ": the recipient is not a registered partner");
        } else {
            Partner partner = recipient.get();
            if (partner.id().equals(release.partnerId())) {
                problems.add(ID + ": the recipient already holds this release");
            }
            if (!partner.agreedFor(purpose)) {
                problems.add(ID + ": the recipient is not agreed to receive data for '" + purpose + "'");
            }
        }
        return problems;
    }
}
