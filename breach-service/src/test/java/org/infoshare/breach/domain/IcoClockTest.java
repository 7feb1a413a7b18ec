package org.infoshare.breach.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The 72-hour clock of Art. 33(1), across time zones and the UK's clock changes, with an injected clock. */
class IcoClockTest {

    // 2026: British Summer Time starts Sunday 29 March at 01:00 GMT and ends Sunday 25 October at 01:00 GMT.

    @Test
    @DisplayName("P14.2 awareness at 01:30 on the last Sunday of March (a time the UK clock skips) gives 02:30 BST on Wednesday, 72 elapsed hours later")
    void springForwardGap() {
        Instant aware = IcoClock.fromLondonWallClock(LocalDateTime.parse("2026-03-29T01:30"));
        assertThat(aware).isEqualTo(Instant.parse("2026-03-29T01:30:00Z")); // read as 01:30 GMT = 02:30 BST
        IcoClock clock = new IcoClock(aware);

        assertThat(clock.deadline()).isEqualTo(Instant.parse("2026-04-01T01:30:00Z"));
        assertThat(clock.deadlineInUk()).isEqualTo(ZonedDateTime.parse("2026-04-01T02:30+01:00[Europe/London]"));
        assertThat(Duration.between(aware, clock.deadline())).isEqualTo(Duration.ofHours(72));
    }

    @Test
    @DisplayName("P14.2 awareness at 00:30 GMT just before the clocks go forward ends at 01:30 BST, not at the 71st hour a wall-clock sum would give")
    void beforeTheChangeIsCountedInElapsedHours() {
        IcoClock clock = new IcoClock(Instant.parse("2026-03-29T00:30:00Z"));
        LocalDateTime naiveWallClockSum = LocalDateTime.parse("2026-03-29T00:30").plusHours(72);

        assertThat(clock.deadlineInUk().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-04-01T01:30"));
        assertThat(clock.deadlineInUk().toLocalDateTime()).isNotEqualTo(naiveWallClockSum);
    }

    @Test
    @DisplayName("P14.2 the same awareness instant written with any offset gives the same deadline")
    void offsetsDoNotMatter() {
        Instant utc = OffsetDateTime.parse("2026-03-29T01:30:00Z").toInstant();
        Instant newYork = OffsetDateTime.parse("2026-03-28T21:30:00-04:00").toInstant();
        Instant india = OffsetDateTime.parse("2026-03-29T07:00:00+05:30").toInstant();
        Instant bst = OffsetDateTime.parse("2026-03-29T02:30:00+01:00").toInstant();

        assertThat(java.util.List.of(utc, newYork, india, bst))
                .extracting(aware -> new IcoClock(aware).deadline())
                .containsOnly(Instant.parse("2026-04-01T01:30:00Z"));
        // 01:30 written with the summer offset is an hour earlier (00:30 GMT), so its deadline is too.
        assertThat(new IcoClock(OffsetDateTime.parse("2026-03-29T01:30:00+01:00").toInstant()).deadlineInUk())
                .isEqualTo(ZonedDateTime.parse("2026-04-01T01:30+01:00[Europe/London]"));
    }

    @Test
    @DisplayName("P14.2 awareness at 01:30 on the last Sunday of October (a time the UK clock shows twice) is read as the earlier one")
    void autumnOverlapTakesTheEarlierInstant() {
        Instant aware = IcoClock.fromLondonWallClock(LocalDateTime.parse("2026-10-25T01:30"));

        assertThat(aware).isEqualTo(Instant.parse("2026-10-25T00:30:00Z")); // 01:30 BST
        assertThat(new IcoClock(aware).deadlineInUk())
                .isEqualTo(ZonedDateTime.parse("2026-10-28T00:30Z[Europe/London]"));
    }

    @Test
    @DisplayName("P14.2 time left counts down on the injected clock and a report after the deadline is late")
    void timeLeftAndLateness() {
        IcoClock clock = new IcoClock(Instant.parse("2026-03-29T01:30:00Z"));
        Clock hour71 = Clock.fixed(Instant.parse("2026-04-01T00:30:00Z"), ZoneOffset.UTC);
        Clock atDeadline = Clock.fixed(clock.deadline(), ZoneOffset.UTC);
        Clock oneSecondLate = Clock.offset(atDeadline, Duration.ofSeconds(1));

        assertThat(clock.timeLeft(hour71.instant())).isEqualTo(Duration.ofHours(1));
        assertThat(clock.isLate(atDeadline.instant())).isFalse();
        assertThat(clock.isLate(oneSecondLate.instant())).isTrue();
        assertThat(clock.timeLeft(oneSecondLate.instant())).isNegative();
    }
}
