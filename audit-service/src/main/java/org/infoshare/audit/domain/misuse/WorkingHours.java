package org.infoshare.audit.domain.misuse;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * When reading personal data is expected: working days between two wall-clock times in one zone
 * (Europe/London, so BST and GMT are both right), except listed bank holidays. The start is
 * inside, the end outside.
 */
public record WorkingHours(Set<DayOfWeek> days, LocalTime start, LocalTime end, ZoneId zone,
                           Set<LocalDate> holidays) {

    public WorkingHours {
        days = Set.copyOf(days);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        holidays = Set.copyOf(holidays);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("working hours start before they end");
        }
    }

    public boolean covers(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !holidays.contains(local.toLocalDate())
                && !time.isBefore(start) && time.isBefore(end);
    }

    /** The local day an instant falls on, as the instants it starts and ends. */
    public Instant dayStart(Instant at) {
        return at.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }

    public Instant dayEnd(Instant at) {
        return at.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }
}
