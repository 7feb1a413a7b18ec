package org.infoshare.consent.domain;

import java.time.Instant;
import java.util.Objects;

/** A person known to the organisation: a pseudonymous id, their identity, and their capacity. */
public record DataSubject(String subjectId, Identity identity, Capacity capacity, Instant registeredAt) {

    public DataSubject {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(capacity, "capacity");
    }
}
