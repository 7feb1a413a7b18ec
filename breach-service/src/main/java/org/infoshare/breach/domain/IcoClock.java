package org.infoshare.breach.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * P14.2, GDPR Art. 33(1): a reportable breach goes to the ICO "not later than 72 hours after having
 * become aware of it". The deadline is an instant: awareness plus exactly 72 elapsed hours, so a
 * change of the clocks in between gives no hour more or less. It is shown in UK local time
 * (Europe/London) because that is where the DPO reads it.
 *
 * <p>Awareness is always an instant. The API takes it with an explicit offset ({@code Z},
 * {@code +01:00}, {@code -05:00} ...) and refuses a bare local time. Where a screen collects a UK
 * wall-clock time, {@link #fromLondonWallClock} turns it into an instant: a time that does not
 * exist (01:30 on the last Sunday of March, when the clocks jump from 01:00 to 02:00) is read as
 * the clock still on GMT (01:30 GMT = 02:30 BST); a time that happens twice (01:30 on the last
 * Sunday of October) is read as the earlier one (BST), which gives the earlier deadline, never a
 * later one than the law allows.
 */
public record IcoClock(Instant awareAt) {

    public static final Duration LIMIT = Duration.ofHours(72);
    public static final ZoneId UK = ZoneId.of("Europe/London");

    public IcoClock {
        Objects.requireNonNull(awareAt, "awareAt");
    }

    public Instant deadline() {
        return awareAt.plus(LIMIT);
    }

    /** The deadline as the UK clock on the wall shows it. */
    public ZonedDateTime deadlineInUk() {
        return deadline().atZone(UK);
    }

    /** Time left before the deadline; negative once it has passed. */
    public Duration timeLeft(Instant now) {
        return Duration.between(now, deadline());
    }

    /** A report made after the deadline is late and must give the reasons for the delay. */
    public boolean isLate(Instant reportedAt) {
        return reportedAt.isAfter(deadline());
    }

    /** See the class comment: gaps read as GMT, overlaps as the earlier (BST) offset. */
    public static Instant fromLondonWallClock(LocalDateTime wallClock) {
        return ZonedDateTime.ofLocal(wallClock, UK, null).toInstant();
    }
}
