package org.infoshare.dashboard.service;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LondonTimeTest {

    @Test
    @DisplayName("times read in UK time: GMT in winter, BST in summer")
    void ukTime() {
        assertThat(LondonTime.time(Instant.parse("2026-11-30T09:15:00Z"))).isEqualTo("Mon 30 Nov 2026, 09:15 GMT");
        assertThat(LondonTime.time(Instant.parse("2026-07-01T23:30:00Z"))).isEqualTo("Thu 2 Jul 2026, 00:30 BST");
        assertThat(LondonTime.time(null)).isEmpty();
    }

    @Test
    @DisplayName("days left count from today in London, not in UTC")
    void daysLeft() {
        // 23:30 UTC on 1 July is already 2 July in London
        Clock lateEvening = Clock.fixed(Instant.parse("2026-07-01T23:30:00Z"), ZoneOffset.UTC);
        assertThat(LondonTime.daysLeft(LocalDate.parse("2026-07-03"), lateEvening)).isEqualTo(1);
        assertThat(LondonTime.daysLeft(LocalDate.parse("2026-07-01"), lateEvening)).isEqualTo(-1);
    }

    @Test
    @DisplayName("the ICO countdown says the time left, or how long it is overdue")
    void countdown() {
        assertThat(LondonTime.countdown(Duration.parse("PT41H12M30S"))).isEqualTo("41 h 12 min left");
        assertThat(LondonTime.countdown(Duration.parse("-PT3H5M"))).isEqualTo("overdue by 3 h 5 min");
    }

    @Test
    @DisplayName("an API constant reads as words")
    void words() {
        assertThat(LondonTime.words("AWAITING_IDENTITY")).isEqualTo("awaiting identity");
    }
}
