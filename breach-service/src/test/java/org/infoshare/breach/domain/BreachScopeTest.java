package org.infoshare.breach.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BreachScopeTest {

    private static final Instant NOW = Instant.parse("2026-03-29T12:00:00Z");
    private static final PartnerWindow WINDOW = new PartnerWindow("partner-a", NOW.minusSeconds(86_400), NOW);

    @Test
    @DisplayName("P14.1 a report names the releases involved, or a partner and a time window, or neither")
    void eitherReleasesOrWindow() {
        assertThat(BreachScope.problem(List.of(UUID.randomUUID()), Optional.empty(), Optional.empty(), NOW)).isEmpty();
        assertThat(BreachScope.problem(List.of(), Optional.of(WINDOW), Optional.empty(), NOW)).isEmpty();
        assertThat(BreachScope.problem(List.of(), Optional.empty(), Optional.empty(), NOW)).isEmpty();
        assertThat(BreachScope.problem(List.of(UUID.randomUUID()), Optional.of(WINDOW), Optional.empty(), NOW))
                .contains("name either the releases involved or a partner and a time window, not both");
    }

    @Test
    @DisplayName("P14.1 a window ends after it starts and does not start in the future")
    void windowIsOrdered() {
        PartnerWindow backwards = new PartnerWindow("partner-a", NOW, NOW.minusSeconds(1));
        PartnerWindow future = new PartnerWindow("partner-a", NOW.plusSeconds(60), NOW.plusSeconds(120));
        assertThat(BreachScope.problem(List.of(), Optional.of(backwards), Optional.empty(), NOW))
                .contains("windowTo cannot be before windowFrom");
        assertThat(BreachScope.problem(List.of(), Optional.of(future), Optional.empty(), NOW))
                .contains("windowFrom cannot be in the future");
    }

    @Test
    @DisplayName("P14.1 a partner may name a window only on its own releases")
    void partnerWindowIsItsOwn() {
        assertThat(BreachScope.problem(List.of(), Optional.of(WINDOW), Optional.of("partner-a"), NOW)).isEmpty();
        assertThat(BreachScope.problem(List.of(), Optional.of(WINDOW), Optional.of("partner-b"), NOW))
                .contains("a partner may only name a time window on its own releases");
    }

    @Test
    @DisplayName("P14.1 a window covers its partner's releases between its ends, both included")
    void windowCovers() {
        assertThat(WINDOW.covers("partner-a", WINDOW.from())).isTrue();
        assertThat(WINDOW.covers("partner-a", WINDOW.to())).isTrue();
        assertThat(WINDOW.covers("partner-a", WINDOW.to().plusMillis(1))).isFalse();
        assertThat(WINDOW.covers("partner-b", WINDOW.to())).isFalse();
    }

    @Test
    @DisplayName("P14.1 one report may reach at most 10,000 releases, so its breach-suspected stays within the broker's limit")
    void aWindowReachingTooManyReleasesIsRefused() {
        assertThat(BreachScope.tooMany(BreachScope.MAX_RELEASES)).isEmpty();
        assertThat(BreachScope.tooMany(BreachScope.MAX_RELEASES + 1)).hasValueSatisfying(problem ->
                assertThat(problem).contains("10001").contains("narrower"));
    }
}
