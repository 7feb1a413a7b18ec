package org.infoshare.sharing.api;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies for the safeguarding API tests. */
final class SafeguardingReferrals {

    private SafeguardingReferrals() {
    }

    static Map<String, Object> valid() {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", UUID.randomUUID().toString());
        body.put("safeguardingTeam", "county-safeguarding");
        body.put("category", "NEGLECT");
        return body;
    }
}
