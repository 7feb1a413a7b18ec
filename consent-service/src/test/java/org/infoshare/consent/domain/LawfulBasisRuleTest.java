package org.infoshare.consent.domain;

import org.infoshare.events.vocabulary.Article9Condition;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import org.infoshare.rules.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class LawfulBasisRuleTest {

    @Test
    @DisplayName("P4.1 health data needs an Art. 9(2) condition besides the Art. 6 basis")
    void healthDataNeedsArticle9() {
        assertThat(described(LawfulBasisRule.problems(LawfulBasis.A, Optional.empty(), List.of("experience", "Health"))))
                .containsExactly("P4.1 special category data (e.g. health) needs an Art. 9(2) condition");
        assertThat(described(LawfulBasisRule.problems(LawfulBasis.A, Optional.of(Article9Condition.A), List.of("health")))).isEmpty();
        assertThat(described(LawfulBasisRule.problems(LawfulBasis.A, Optional.empty(), List.of("experience")))).isEmpty();
    }

    @Test
    @DisplayName("P4.1 a consent record rests on Art. 6(1)(a)")
    void consentRestsOnConsent() {
        assertThat(described(LawfulBasisRule.problems(LawfulBasis.F, Optional.empty(), List.of("experience"))))
                .containsExactly("P4.1 a consent record rests on Art. 6(1)(a) (consent)");
    }

    /** Each refusal as the API's problem says it: the rule id, then why. */
    private static List<String> described(List<RuleResult> refusals) {
        return refusals.stream().map(RuleResult::describe).toList();
    }
}
