package org.infoshare.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionRuleTest {

    private static final Instant NOW = Instant.parse("2032-06-15T12:00:00Z");

    @Test
    @DisplayName("P13.1 a record is kept for its whole period, in calendar years, and goes once the period has passed")
    void keptForTheWholePeriod() {
        Period sixYears = Period.ofYears(6);
        assertThat(RetentionRule.expired(Instant.parse("2026-06-15T12:00:01Z"), sixYears, NOW)).isFalse();
        assertThat(RetentionRule.expired(Instant.parse("2026-06-15T11:59:59Z"), sixYears, NOW)).isTrue();
        // 90 days in UK local time: 13:00 BST on 15 June goes back to 13:00 GMT on 17 March
        assertThat(RetentionRule.expired(Instant.parse("2032-03-17T12:59:59Z"), Period.ofDays(90), NOW)).isTrue();
        assertThat(RetentionRule.expired(Instant.parse("2032-03-17T13:00:01Z"), Period.ofDays(90), NOW)).isFalse();
    }

    @Test
    @DisplayName("P13.1 the review covers the coming year by default, or up to the end of the day asked for (UK time)")
    void reviewHorizon() {
        assertThat(RetentionRule.comingYear(NOW)).isEqualTo(Instant.parse("2033-06-15T12:00:00Z"));
        // 31 December is GMT: the day ends at midnight UTC; 30 June is BST: an hour earlier
        assertThat(RetentionRule.endOf(LocalDate.parse("2032-12-31"))).isEqualTo(Instant.parse("2033-01-01T00:00:00Z"));
        assertThat(RetentionRule.endOf(LocalDate.parse("2032-06-30"))).isEqualTo(Instant.parse("2032-06-30T23:00:00Z"));
    }

    @Test
    @DisplayName("P13.1 the annual review bands records by age")
    void ageBands() {
        assertThat(RetentionRule.AgeBand.of(Instant.parse("2032-01-01T00:00:00Z"), NOW))
                .isEqualTo(RetentionRule.AgeBand.UNDER_1_YEAR);
        assertThat(RetentionRule.AgeBand.of(Instant.parse("2031-01-01T00:00:00Z"), NOW))
                .isEqualTo(RetentionRule.AgeBand.FROM_1_TO_2_YEARS);
        assertThat(RetentionRule.AgeBand.of(Instant.parse("2028-01-01T00:00:00Z"), NOW))
                .isEqualTo(RetentionRule.AgeBand.FROM_2_TO_6_YEARS);
        assertThat(RetentionRule.AgeBand.of(Instant.parse("2020-01-01T00:00:00Z"), NOW))
                .isEqualTo(RetentionRule.AgeBand.OVER_6_YEARS);
    }
}
