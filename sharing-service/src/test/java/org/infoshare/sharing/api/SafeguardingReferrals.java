package org.infoshare.sharing.api;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies and teams for the safeguarding API tests. */
final class SafeguardingReferrals {

    /** A registered safeguarding team taking both routes, polling (no webhook). */
    static final String COUNTY_TEAM = "county-safeguarding";
    static final String CONCERN = "Bruising on both forearms seen at the home visit; the resident said a carer grabbed her";

    private SafeguardingReferrals() {
    }

    /** A referral to the county team on the children's route; the team is registered first. */
    static Map<String, Object> valid() {
        team(COUNTY_TEAM, List.of("CHILDREN", "ADULTS"), null, null);
        return to(COUNTY_TEAM, "CHILDREN");
    }

    static Map<String, Object> to(String team, String route) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", UUID.randomUUID().toString());
        body.put("safeguardingTeam", team);
        body.put("route", route);
        body.put("category", "NEGLECT");
        body.put("concern", CONCERN);
        return body;
    }

    /** Registers (or resets) a safeguarding team taking these routes, with this webhook when a URL is given. */
    static void team(String id, List<String> routes, URI webhookUrl, String secret) {
        Map<String, Object> body = new HashMap<>(Fixtures.partner(id, "SAFEGUARDING_TEAM", null));
        body.put("safeguardingRoutes", routes);
        if (webhookUrl != null) {
            body.put("webhookUrl", webhookUrl.toString());
            body.put("webhookSecret", secret);
        }
        Fixtures.ensure(body);
    }
}
