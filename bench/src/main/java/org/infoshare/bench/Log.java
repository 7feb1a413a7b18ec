package org.infoshare.bench;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Progress lines on stderr, so stdout carries only the table. */
final class Log {
    void line(String text) {
        System.err.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + text);
    }
}
