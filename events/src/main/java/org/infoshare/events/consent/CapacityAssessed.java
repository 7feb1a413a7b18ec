package org.infoshare.events.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by consent-service when a person's capacity to consent is assessed (P6.9).
 *
 * @param subjectId The person assessed.
 * @param capacity The outcome: HAS_CAPACITY, LACKS_CAPACITY or NOT_ASSESSED.
 * @param assessedBy The staff member who recorded the assessment (opaque actor id).
 * @param assessedAt When it was recorded.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CapacityAssessed(
        String subjectId,
        String capacity,
        String assessedBy,
        Instant assessedAt) implements ConsentEvent {

    public CapacityAssessed {
        requireNonNull(subjectId, "subjectId");
        requireNonNull(capacity, "capacity");
        requireNonNull(assessedBy, "assessedBy");
        requireNonNull(assessedAt, "assessedAt");
    }
}
