package org.infoshare.dashboard.service;

import io.quarkus.qute.TemplateExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Every time on the dashboard is shown in UK time (Europe/London, GMT or BST as the date has it). */
@TemplateExtension(namespace = "uk")
public final class LondonTime {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private LondonTime() {
    }

    /** {@code Mon 30 Nov 2026, 09:15 GMT}; an empty text for no time. */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(LONDON));
    }

    /** The ISO instant, for {@code <time datetime>}. */
    public static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Whole days from today in London to the date; negative once past. */
    public static long daysLeft(LocalDate due, Clock clock) {
        return ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(LONDON)), due);
    }

    /** An API's constant as words: {@code IN_PROGRESS} reads {@code in progress}. */
    public static String words(String constant) {
        return constant == null ? "" : constant.toLowerCase(Locale.UK).replace('_', ' ');
    }

    /** {@code 41 h 12 min left}, or {@code overdue by 3 h 5 min}. */
    public static String countdown(Duration left) {
        Duration abs = left.abs();
        String text = abs.toHours() + " h " + abs.toMinutesPart() + " min";
        return left.isNegative() ? "overdue by " + text : text + " left";
    }
}
