package org.infoshare.consent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A training completion the DPO recorded for a staff member (P15.1, part of induction). */
public record StaffTraining(UUID id, String staffId, String course, LocalDate completedOn, String recordedBy,
                            Instant recordedAt) {
}
