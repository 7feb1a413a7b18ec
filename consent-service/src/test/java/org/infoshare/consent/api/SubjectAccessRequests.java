package org.infoshare.consent.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/** Request bodies for the subject access API tests. */
final class SubjectAccessRequests {

    private SubjectAccessRequests() {
    }

    static Map<String, Object> valid() {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", Subjects.register());
        body.put("channel", "PHONE");
        body.put("receivedAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        return body;
    }
}
