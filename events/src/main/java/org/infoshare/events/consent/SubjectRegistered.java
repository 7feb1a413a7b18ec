package org.infoshare.events.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by consent-service when a person is registered in the vault (X1). Only the pseudonymous
 * subject id leaves the vault; the identifiers stay encrypted there.
 *
 * @param subjectId The new pseudonymous subject id.
 * @param capacity The capacity stated at registration (P6.9): HAS_CAPACITY, LACKS_CAPACITY or NOT_ASSESSED.
 * @param recordedBy The staff member who registered the person (opaque actor id).
 * @param registeredAt When the person was registered.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SubjectRegistered(
        String subjectId,
        String capacity,
        String recordedBy,
        Instant registeredAt) implements ConsentEvent {

    public SubjectRegistered {
        requireNonNull(subjectId, "subjectId");
        requireNonNull(capacity, "capacity");
        requireNonNull(recordedBy, "recordedBy");
        requireNonNull(registeredAt, "registeredAt");
    }
}
