package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.Article9Condition;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.events.vocabulary.RecipientResponse;
import org.infoshare.events.vocabulary.Sensitivity;
import org.infoshare.events.vocabulary.ShareBasis;
import org.infoshare.events.vocabulary.ShareOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** P4.1 on the sharing side: the GDPR vocabulary for non-consent shares and for recipients continuing. */
class LawfulConditionRuleTest {

    private static final List<String> HEALTH = List.of("experience", "health");

    private static ShareRequest harm(List<String> categories) {
        return Shares.categories(Shares.with(Shares.consentShare(), ShareBasis.SERIOUS_HARM, Optional.empty(),
                Optional.empty()), categories);
    }

    private static RuleResult finding(ShareRequest request) {
        return LawfulConditionRule.check(Shares.context(request, Optional.empty())).orElseThrow();
    }

    @Test
    @DisplayName("P4.1 a non-consent share of health data without its Art. 6(1) basis or without its Art. 9(2) condition is refused")
    void healthWithoutConditionRefused() {
        assertThat(finding(harm(HEALTH)).effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(finding(harm(HEALTH)).explanation()).contains("Art. 6(1)").contains("Art. 9(2)");
        RuleResult noArticle9 = finding(Shares.condition(harm(HEALTH), LawfulBasis.D, Optional.empty()));
        assertThat(noArticle9.effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(noArticle9.explanation()).contains("Art. 9(2)");
        ShareRequest classedSpecial = Shares.sensitivity(Shares.condition(harm(List.of("experience")), LawfulBasis.D,
                Optional.empty()), Optional.of(Sensitivity.SPECIAL_CATEGORY));
        assertThat(finding(classedSpecial).effect()).as("special by its class").isEqualTo(RuleResult.Effect.REFUSE);
    }

    @Test
    @DisplayName("P4.1 a non-consent share of health data naming a fitting Art. 6(1) basis and an Art. 9(2) condition passes, and the engine leaves it to the DPO")
    void healthWithConditionPasses() {
        ShareRequest named = Shares.condition(harm(HEALTH), LawfulBasis.D, Optional.of(Article9Condition.C));
        RuleResult found = finding(named);
        assertThat(found.effect()).isEqualTo(RuleResult.Effect.SATISFIED);
        assertThat(found.explanation()).contains("Art6(1)(d)+Art9(2)(c)");
        ShareDecision decision = ShareDecisionEngine.decide(Shares.context(
                Shares.categories(named, List.of("experience")), Optional.empty()));
        assertThat(decision.outcome()).isEqualTo(ShareOutcome.AWAITING_DPO);
        assertThat(decision.reasons()).containsExactly("P2.1");
    }

    @Test
    @DisplayName("P4.1 the Art. 6(1) basis fits the basis claimed: a legal duty is (c); consent letters are not for non-consent shares")
    void basisFits() {
        ShareRequest duty = Shares.with(Shares.consentShare(), ShareBasis.LEGAL_DUTY, Optional.empty(),
                Optional.of("Court order 2026/77"));
        assertThat(finding(Shares.condition(duty, LawfulBasis.C, Optional.empty())).effect())
                .isEqualTo(RuleResult.Effect.SATISFIED);
        assertThat(finding(Shares.condition(duty, LawfulBasis.F, Optional.empty())).effect())
                .isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(finding(Shares.condition(harm(HEALTH), LawfulBasis.A, Optional.of(Article9Condition.C))).effect())
                .isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(finding(Shares.condition(harm(HEALTH), LawfulBasis.D, Optional.of(Article9Condition.A))).effect())
                .as("Art. 9(2)(a) is explicit consent").isEqualTo(RuleResult.Effect.REFUSE);
        ShareRequest publicInterest = Shares.with(Shares.consentShare(), ShareBasis.PUBLIC_INTEREST, Optional.empty(),
                Optional.empty());
        assertThat(finding(Shares.condition(publicInterest, LawfulBasis.E, Optional.empty())).effect())
                .isEqualTo(RuleResult.Effect.SATISFIED);
        assertThat(finding(publicInterest).effect()).as("non-special data still names its Art. 6(1) basis")
                .isEqualTo(RuleResult.Effect.REFUSE);
    }

    @Test
    @DisplayName("P4.1 a consent share rests on Art. 6(1)(a); naming another letter is refused; non-personal data needs no condition")
    void consentAndAggregate() {
        assertThat(finding(Shares.consentShare()).effect()).isEqualTo(RuleResult.Effect.SATISFIED);
        assertThat(finding(Shares.condition(Shares.consentShare(), LawfulBasis.E, Optional.empty())).effect())
                .isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(LawfulConditionRule.check(Shares.context(Shares.aggregateShare(), Optional.empty()))).isEmpty();
    }

    @Test
    @DisplayName("P4.1 the engine refuses a non-consent health share without its conditions with reason P4.1")
    void engineRefuses() {
        ShareDecision decision = ShareDecisionEngine.decide(Shares.context(harm(List.of("experience")), Optional.empty()));
        assertThat(decision.outcome()).isEqualTo(ShareOutcome.REFUSED);
        assertThat(decision.reasons()).contains("P4.1");
    }

    @Test
    @DisplayName("P4.1 a recipient continuing names an Art. 6(1) basis other than consent, and for health data an Art. 9(2) condition")
    void recipientContinuing() {
        RecipientAnswer legalObligation = new RecipientAnswer(RecipientResponse.CONTINUING,
                Optional.of(new LawfulCondition(LawfulBasis.C, Optional.empty())), Optional.of("a court order requires it"));
        assertThat(legalObligation.problems(false)).isEmpty();
        assertThat(legalObligation.problems(true)).anyMatch(p -> p.ruleId().equals("P4.1") && p.explanation().contains("Art. 9(2)"));
        assertThat(new RecipientAnswer(RecipientResponse.CONTINUING,
                Optional.of(new LawfulCondition(LawfulBasis.C, Optional.of(Article9Condition.F))),
                Optional.of("a court order requires it")).problems(true)).isEmpty();
        assertThat(new RecipientAnswer(RecipientResponse.CONTINUING,
                Optional.of(new LawfulCondition(LawfulBasis.A, Optional.empty())), Optional.of("we still have consent"))
                .problems(false)).anyMatch(p -> p.ruleId().equals("P4.1"));
        assertThat(new RecipientAnswer(RecipientResponse.CONTINUING,
                Optional.of(new LawfulCondition(LawfulBasis.C, Optional.of(Article9Condition.A))),
                Optional.of("explicit consent")).problems(true)).anyMatch(p -> p.ruleId().equals("P4.1"));
        assertThat(new LawfulCondition(LawfulBasis.C, Optional.of(Article9Condition.H)).label())
                .isEqualTo("Art6(1)(c)+Art9(2)(h)");
    }
}
