package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class NonPersonalDefaultRuleTest {

    @Test
    @DisplayName("P1.4 a share without a subject is non-personal, the default, and is satisfied")
    void nonPersonalIsTheDefault() {
        assertThat(NonPersonalDefaultRule.check(Shares.context(Shares.aggregateShare())))
                .hasValueSatisfying(f -> assertThat(f.effect()).isEqualTo(RuleResult.Effect.SATISFIED));
    }

    @Test
    @DisplayName("P1.4 identifiable data without a named subject is refused")
    void identifiableNeedsASubject() {
        ShareRequest request = Shares.identifiable(Shares.aggregateShare(), Optional.of("needed"));
        assertThat(NonPersonalDefaultRule.check(Shares.context(request)))
                .hasValueSatisfying(f -> assertThat(f.effect()).isEqualTo(RuleResult.Effect.REFUSE));
    }
}
