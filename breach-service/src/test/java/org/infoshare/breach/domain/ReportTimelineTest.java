package org.infoshare.breach.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTimelineTest {

    private static final Instant NOW = Instant.parse("2026-03-29T12:00:00Z");

    @Test
    @DisplayName("P14.1 a breach noticed after it happened, in the past, is accepted")
    void consistentTimesAreAccepted() {
        assertThat(ReportTimeline.problem(NOW.minusSeconds(7200), NOW.minusSeconds(3600), NOW)).isEmpty();
        assertThat(ReportTimeline.problem(NOW.minusSeconds(60), NOW.minusSeconds(60), NOW)).isEmpty();
    }

    @Test
    @DisplayName("P14.1 awareness before the breach happened, or in the future, is refused with the reason")
    void inconsistentTimesAreRefused() {
        assertThat(ReportTimeline.problem(NOW.minusSeconds(60), NOW.minusSeconds(120), NOW))
                .contains("awareAt cannot be before occurredAt");
        assertThat(ReportTimeline.problem(NOW.minusSeconds(60), NOW.plusSeconds(60), NOW))
                .contains("awareAt cannot be in the future");
    }
}
