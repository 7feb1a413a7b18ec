package org.infoshare.breach.api;

import org.infoshare.breach.domain.Breach;
import org.infoshare.breach.domain.Escalation;
import org.infoshare.breach.domain.IcoClock;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The 72-hour ICO clock as the API shows it (P14.2): the deadline as an instant and as UK local
 * time, the time left (ISO-8601 duration, negative once overdue), whether it still runs, and the
 * escalation points reached (only in the single-breach view).
 *
 * @param deadlineUk e.g. {@code 2026-04-01T02:30:00+01:00[Europe/London]}
 */
public record ClockView(Instant deadline, String deadlineUk, String timeLeft, boolean running, boolean overdue,
                        List<EscalationView> escalations) {

    /** One escalation point reached: how long was left ({@code PT24H}, {@code PT0S} = deadline) and when. */
    public record EscalationView(String beforeDeadline, Instant escalatedAt) {
    }

    static ClockView of(Breach breach, Instant now, List<Escalation> escalations) {
        IcoClock clock = breach.report().clock();
        Duration left = clock.timeLeft(now).withNanos(0);
        return new ClockView(clock.deadline(), clock.deadlineInUk().format(DateTimeFormatter.ISO_ZONED_DATE_TIME),
                left.toString(), breach.status().clockRunning(),
                breach.status().clockRunning() && left.isNegative(),
                escalations.stream().map(e -> new EscalationView(e.beforeDeadline().toString(), e.escalatedAt())).toList());
    }
}
