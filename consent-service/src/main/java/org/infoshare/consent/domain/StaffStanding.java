package org.infoshare.consent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where one staff member of the register stands (P15.1): when they entered it, whether and when
 * they acknowledged the policy version in force, and their latest recorded training. The staff id
 * is their token's subject, an opaque id; the register holds no name.
 */
public record StaffStanding(String staffId, Instant registeredAt, Optional<Instant> acknowledgedCurrentAt,
                            Optional<LocalDate> lastTrainedOn, Optional<String> lastCourse) {
}
