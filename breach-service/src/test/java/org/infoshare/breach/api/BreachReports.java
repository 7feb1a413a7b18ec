package org.infoshare.breach.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for the breach API tests. */
final class BreachReports {

    private BreachReports() {
    }

    static Map<String, Object> valid() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new HashMap<>();
        body.put("summary", "A spreadsheet of survey answers was e-mailed to the wrong care home");
        body.put("discoveredHow", "The care home told us");
        body.put("occurredAt", now.minus(2, ChronoUnit.HOURS).toString());
        body.put("awareAt", now.minus(1, ChronoUnit.HOURS).toString());
        body.put("cyberIncident", false);
        body.put("dataCategories", List.of("health", "experience"));
        body.put("releaseIds", List.of(UUID.randomUUID().toString()));
        return body;
    }
}
