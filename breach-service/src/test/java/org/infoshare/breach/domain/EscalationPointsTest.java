package org.infoshare.breach.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.infoshare.events.vocabulary.RiskLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscalationPointsTest {

    private static final IcoClock CLOCK = new IcoClock(Instant.parse("2026-03-29T01:30:00Z"));
    private final EscalationPoints points = new EscalationPoints(
            List.of(Duration.ofHours(6), Duration.ofHours(48), Duration.ofHours(24)));

    @Test
    @DisplayName("P14.2 the clock escalates at each configured point before the deadline, and at the deadline itself")
    void pointsAreReachedInTurn() {
        Instant deadline = CLOCK.deadline();
        assertThat(points.before()).containsExactly(Duration.ofHours(48), Duration.ofHours(24), Duration.ofHours(6),
                Duration.ZERO);
        assertThat(points.due(CLOCK, deadline.minus(Duration.ofHours(49)))).isEmpty();
        assertThat(points.due(CLOCK, deadline.minus(Duration.ofHours(48)))).containsExactly(Duration.ofHours(48));
        assertThat(points.due(CLOCK, deadline.minus(Duration.ofHours(5))))
                .containsExactly(Duration.ofHours(48), Duration.ofHours(24), Duration.ofHours(6));
        assertThat(points.due(CLOCK, deadline.plusSeconds(1))).hasSize(4).contains(Duration.ZERO);
        assertThat(points.earliest()).isEqualTo(Duration.ofHours(48));
    }

    @Test
    @DisplayName("P14.2 a point after the deadline is not an escalation point")
    void negativePointsAreRefused() {
        assertThatThrownBy(() -> new EscalationPoints(List.of(Duration.ofHours(-1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("P14.2 the clock runs until the initial ICO report, a no-risk assessment or closure; before any assessment it runs")
    void clockRunsWhileReportIsOwed() {
        assertThat(BreachStatus.open().clockRunning()).isTrue();
        assertThat(status(RiskLevel.RISK, null, null).clockRunning()).isTrue();
        assertThat(status(RiskLevel.HIGH_RISK, null, null).clockRunning()).isTrue();
        assertThat(status(RiskLevel.NO_RISK, null, null).clockRunning()).isFalse();
        assertThat(status(RiskLevel.RISK, Instant.now(), null).clockRunning()).isFalse();
        assertThat(status(null, null, Instant.now()).clockRunning()).isFalse();
    }

    private static BreachStatus status(RiskLevel risk, Instant reported, Instant closed) {
        return new BreachStatus(Optional.ofNullable(risk), Optional.ofNullable(reported), Optional.ofNullable(closed));
    }
}
