package org.infoshare.breach.domain;

import org.infoshare.events.vocabulary.Likelihood;
import org.infoshare.events.vocabulary.RiskLevel;
import org.infoshare.events.vocabulary.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RiskMatrixTest {

    @Test
    @DisplayName("P14.2 a remote, minor harm is no risk: logged, not reported")
    void unlikelyMinorHarmIsNoRisk() {
        assertThat(RiskMatrix.level(Likelihood.REMOTE, Severity.MINIMAL)).isEqualTo(RiskLevel.NO_RISK);
        assertThat(RiskMatrix.level(Likelihood.POSSIBLE, Severity.MINIMAL)).isEqualTo(RiskLevel.NO_RISK);
        assertThat(RiskMatrix.level(Likelihood.REMOTE, Severity.SIGNIFICANT)).isEqualTo(RiskLevel.NO_RISK);
    }

    @Test
    @DisplayName("P14.2 a likely or severe harm is a risk: reported to the ICO within 72 hours")
    void likelyOrSevereHarmIsReportable() {
        assertThat(RiskMatrix.level(Likelihood.POSSIBLE, Severity.SIGNIFICANT)).isEqualTo(RiskLevel.RISK);
        assertThat(RiskMatrix.level(Likelihood.REMOTE, Severity.SEVERE)).isEqualTo(RiskLevel.RISK);
        assertThat(RiskMatrix.level(Likelihood.LIKELY, Severity.MINIMAL)).isEqualTo(RiskLevel.RISK);
    }

    @Test
    @DisplayName("P14.3 a likely and severe harm is a high risk: the people are told as well")
    void likelyAndSevereHarmIsHighRisk() {
        assertThat(RiskMatrix.level(Likelihood.LIKELY, Severity.SEVERE)).isEqualTo(RiskLevel.HIGH_RISK);
        assertThat(RiskMatrix.level(Likelihood.HIGHLY_LIKELY, Severity.SIGNIFICANT)).isEqualTo(RiskLevel.HIGH_RISK);
        assertThat(RiskMatrix.level(Likelihood.POSSIBLE, Severity.MAXIMUM)).isEqualTo(RiskLevel.HIGH_RISK);
    }

    @Test
    @DisplayName("P14.2 risk never falls as likelihood or severity rises")
    void monotone() {
        for (Likelihood l : Likelihood.values()) {
            for (Severity s : Severity.values()) {
                RiskLevel level = RiskMatrix.level(l, s);
                if (l.ordinal() + 1 < Likelihood.values().length) {
                    assertThat(RiskMatrix.level(Likelihood.values()[l.ordinal() + 1], s)).isGreaterThanOrEqualTo(level);
                }
                if (s.ordinal() + 1 < Severity.values().length) {
                    assertThat(RiskMatrix.level(l, Severity.values()[s.ordinal() + 1])).isGreaterThanOrEqualTo(level);
                }
            }
        }
    }

    @Test
    @DisplayName("P14.2 an assessment records its factors and reasons and derives the decision from the matrix")
    void assessmentCarriesDecision() {
        RiskAssessment a = RiskAssessment.of(UUID.randomUUID(), Likelihood.LIKELY, Severity.SEVERE,
                List.of("special category (health) data", "recipient unknown"), "distress", "health data to a stranger",
                "dpo-1", Instant.parse("2026-03-29T09:00:00Z"));
        assertThat(a.riskLevel()).isEqualTo(RiskLevel.HIGH_RISK);
        assertThat(a.reportable()).isTrue();
        assertThat(a.individualsMustBeTold()).isTrue();
        assertThat(a.factors()).hasSize(2);
    }
}
