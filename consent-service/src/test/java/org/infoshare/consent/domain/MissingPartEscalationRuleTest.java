package org.infoshare.consent.domain;

import org.infoshare.rules.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MissingPartEscalationRuleTest {

    private static final LocalDate DUE = LocalDate.of(2026, 2, 28);

    @Test
    @DisplayName("P12.2 a part missing at the deadline is referred to the DPO, naming the service")
    void missingAtDeadlineEscalated() {
        SubjectAccessRequest request = SubjectAccessAnswerRuleTest.verified();
        List<SubjectAccessPart> two = SubjectAccessAnswerRuleTest.allParts().subList(0, 2);
        assertThat(MissingPartEscalationRule.atDeadline(request, two, state(request), DUE)).get().satisfies(r -> {
            assertThat(r.ruleId()).isEqualTo("P12.2");
            assertThat(r.effect()).isEqualTo(RuleResult.Effect.REFER_TO_DPO);
            assertThat(r.explanation()).contains("audit-service");
        });
        assertThat(MissingPartEscalationRule.atDeadline(request, two, state(request), DUE.plusDays(3))).isPresent();
    }

    @Test
    @DisplayName("P12.2 no escalation before the deadline, with every part, once escalated, once released, while paused or unverified")
    void notEscalated() {
        SubjectAccessRequest request = SubjectAccessAnswerRuleTest.verified();
        List<SubjectAccessPart> two = SubjectAccessAnswerRuleTest.allParts().subList(0, 2);
        SubjectAccessAnswerState none = state(request);
        assertThat(MissingPartEscalationRule.atDeadline(request, two, none, DUE.minusDays(1))).isEmpty();
        assertThat(MissingPartEscalationRule.atDeadline(request, SubjectAccessAnswerRuleTest.allParts(), none, DUE)).isEmpty();
        assertThat(MissingPartEscalationRule.atDeadline(request, two,
                none.escalatedAt(Instant.now(), List.of("audit-service")), DUE)).isEmpty();
        assertThat(MissingPartEscalationRule.atDeadline(request, two, none.releasedBy("dpo-1", Instant.now()), DUE)).isEmpty();
        assertThat(MissingPartEscalationRule.atDeadline(
                request.paused(SubjectAccessRequest.PauseReason.CLARIFICATION, DUE.minusDays(2)), two, none, DUE)).isEmpty();
        assertThat(MissingPartEscalationRule.atDeadline(SubjectAccessAnswerRuleTest.unverified(), List.of(), none, DUE))
                .isEmpty();
    }

    private static SubjectAccessAnswerState state(SubjectAccessRequest request) {
        return SubjectAccessAnswerState.none(request.id());
    }

    @Test
    @DisplayName("P12.2 the parts expected are sharing-, breach- and audit-service's, each once")
    void expectedParts() {
        assertThat(SubjectAccessParts.EXPECTED).containsExactly("sharing-service", "breach-service", "audit-service");
        assertThat(SubjectAccessParts.missing(List.of())).isEqualTo(SubjectAccessParts.EXPECTED);
        assertThat(SubjectAccessParts.expected("consent-service")).isFalse();
    }
}
