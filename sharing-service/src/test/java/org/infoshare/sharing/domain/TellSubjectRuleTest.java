package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.NotToldReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TellSubjectRuleTest {

    private static RuleFinding check(boolean tell, Optional<NotToldReason> reason) {
        return TellSubjectRule.check(LegalDisclosures.draft(Optional.of("T1"),
                Optional.of(LegalDisclosures.JUSTIFICATION), tell, reason));
    }

    @Test
    @DisplayName("P2.1 the person is told of a legal-duty disclosure by default")
    void toldByDefault() {
        RuleFinding finding = check(true, Optional.empty());
        assertThat(finding.ruleId()).isEqualTo("P2.1");
        assertThat(finding.effect()).isEqualTo(RuleFinding.Effect.SATISFIED);
    }

    @Test
    @DisplayName("P2.1 not telling the person needs a recorded reason: the order forbids it, or a crime investigation")
    void notToldNeedsReason() {
        assertThat(check(false, Optional.empty()).effect()).isEqualTo(RuleFinding.Effect.REFUSE);
        for (NotToldReason reason : NotToldReason.values()) {
            RuleFinding finding = check(false, Optional.of(reason));
            assertThat(finding.effect()).isEqualTo(RuleFinding.Effect.SATISFIED);
            assertThat(finding.explanation()).contains(reason.name());
        }
    }

    @Test
    @DisplayName("P2.1 a person who is told has no reason for not being told")
    void toldWithReasonIsContradictory() {
        assertThat(check(true, Optional.of(NotToldReason.ORDER_FORBIDS)).effect()).isEqualTo(RuleFinding.Effect.REFUSE);
    }
}
