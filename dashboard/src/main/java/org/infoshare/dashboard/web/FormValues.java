package org.infoshare.dashboard.web;

import org.infoshare.dashboard.service.LondonTime;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * What a form's text becomes in a service's request. Nothing is judged here: a value that cannot be
 * converted is sent as typed, so the service names it in its problem.
 */
final class FormValues {

    private FormValues() {
    }

    /** Trimmed; null when blank (the service then says it is required, if it is). */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Entries separated by commas or new lines; null when there are none. */
    static List<String> list(String value) {
        List<String> items = value == null ? List.of() : Arrays.stream(value.split("[,\\n]"))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        return items.isEmpty() ? null : items;
    }

    /** A list the service needs even when empty. */
    static List<String> listOrEmpty(String value) {
        List<String> items = list(value);
        return items == null ? List.of() : items;
    }

    static Boolean yesNo(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }

    /** A date-time input's UK local time ({@code 2026-03-29T01:30}) as an instant; as typed when it is not one. */
    static String instant(String londonLocal) {
        String value = text(londonLocal);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).atZone(LondonTime.LONDON).toInstant().toString();
        } catch (DateTimeParseException notLocal) {
            return value;
        }
    }

    /** Now in UK time, as a date-time input shows it: what a form offers for "when". */
    static String now(Clock clock) {
        return LocalDateTime.now(clock.withZone(LondonTime.LONDON)).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** Whether any of the values was given. */
    static boolean any(String... values) {
        return Arrays.stream(values).anyMatch(v -> v != null && !v.isBlank());
    }
}
