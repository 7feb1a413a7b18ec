package org.infoshare.events.staff;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by consent-service when the DPO records that a staff member completed data protection
 * training (P15.1, part of induction).
 *
 * @param staffId Opaque id of the staff member trained (their token's subject).
 * @param course The course completed.
 * @param completedOn The day they completed it.
 * @param recordedBy Opaque id of the DPO who recorded it.
 * @param recordedAt When it was recorded.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TrainingRecorded(
        String staffId,
        String course,
        LocalDate completedOn,
        String recordedBy,
        Instant recordedAt) implements StaffEvent {

    public TrainingRecorded {
        requireNonNull(staffId, "staffId");
        requireNonNull(course, "course");
        requireNonNull(completedOn, "completedOn");
        requireNonNull(recordedBy, "recordedBy");
        requireNonNull(recordedAt, "recordedAt");
    }
}
