package org.infoshare.consent.domain;

import org.infoshare.events.subjectaccess.SubjectAccessItem;
import org.infoshare.events.vocabulary.PartCompleteness;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Another service's part of a subject access answer (P12.2), as it arrived by event: pseudonymous
 * records, whether they are all the service holds, and when it was prepared and received here.
 */
public record SubjectAccessPart(UUID requestId, String service, PartCompleteness completeness, int omittedRecords,
                                List<SubjectAccessItem> records, Instant preparedAt, Instant receivedAt) {

    public SubjectAccessPart {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(completeness, "completeness");
        records = List.copyOf(records);
        Objects.requireNonNull(preparedAt, "preparedAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
