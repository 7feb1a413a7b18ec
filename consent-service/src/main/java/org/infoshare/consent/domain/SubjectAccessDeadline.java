package org.infoshare.consent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * P12.2: an answer is due one calendar month after the day of receipt, in the organisation's
 * time zone. When the next month is shorter the deadline is its last day (31 January gives 28
 * or 29 February), which is what {@link LocalDate#plusMonths} does. Days spent waiting for
 * identity or clarification do not count, and a complex request may be extended by up to two
 * further months.
 */
public final class SubjectAccessDeadline {

    public static final ZoneId ORGANISATION_ZONE = ZoneId.of("Europe/London");

    private SubjectAccessDeadline() {
    }

    public static LocalDate dueDate(Instant receivedAt) {
        return dueDate(receivedAt, 0, 0);
    }

    public static LocalDate dueDate(Instant receivedAt, int pausedDays, int extensionMonths) {
        return receivedAt.atZone(ORGANISATION_ZONE).toLocalDate().plusDays(pausedDays).plusMonths(1L + extensionMonths);
    }
}
