package org.infoshare.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleResultTest {

    @Test
    @DisplayName("each factory gives its effect, and only a refusal has a cause: the request's or the state's")
    void factories() {
        assertThat(RuleResult.satisfied("P1.2", "agreed")).extracting(RuleResult::ruleId, RuleResult::effect,
                RuleResult::cause, RuleResult::explanation).containsExactly("P1.2", RuleResult.Effect.SATISFIED, null, "agreed");
        assertThat(RuleResult.referToDpo("P2.1", "x").effect()).isEqualTo(RuleResult.Effect.REFER_TO_DPO);
        assertThat(RuleResult.hold("P6.7", "x").effect()).isEqualTo(RuleResult.Effect.HOLD_STALE_CONSENT);
        assertThat(RuleResult.refuse("P6.5", "x")).extracting(RuleResult::effect, RuleResult::cause)
                .containsExactly(RuleResult.Effect.REFUSE, RuleResult.Cause.INPUT);
        assertThat(RuleResult.refuseInState("P14.2", "x")).extracting(RuleResult::effect, RuleResult::cause)
                .containsExactly(RuleResult.Effect.REFUSE, RuleResult.Cause.STATE);
    }

    @Test
    @DisplayName("only a refusal is refused")
    void refused() {
        assertThat(RuleResult.refuse("P6.5", "x").refused()).isTrue();
        assertThat(RuleResult.refuseInState("P14.2", "x").refused()).isTrue();
        assertThat(RuleResult.satisfied("P1.2", "x").refused()).isFalse();
        assertThat(RuleResult.referToDpo("P2.1", "x").refused()).isFalse();
        assertThat(RuleResult.hold("P6.7", "x").refused()).isFalse();
    }

    @Test
    @DisplayName("effects are ordered mildest to strongest, so the strongest decides")
    void order() {
        assertThat(RuleResult.Effect.values()).containsExactly(RuleResult.Effect.SATISFIED,
                RuleResult.Effect.REFER_TO_DPO, RuleResult.Effect.HOLD_STALE_CONSENT, RuleResult.Effect.REFUSE);
    }

    @Test
    @DisplayName("a result always names its rule, effect and explanation; a cause goes with a refusal and nothing else")
    void invariants() {
        assertThatThrownBy(() -> RuleResult.satisfied(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RuleResult.satisfied(" ", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RuleResult.satisfied("P1.2", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RuleResult("P1.2", null, null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RuleResult("P1.2", RuleResult.Effect.REFUSE, null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleResult("P1.2", RuleResult.Effect.SATISFIED, RuleResult.Cause.INPUT, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("ids are the distinct rule ids in order; describe and toString lead with the id")
    void text() {
        List<RuleResult> results = List.of(RuleResult.refuse("P6.5", "a"), RuleResult.refuse("P4.1", "b"),
                RuleResult.refuse("P6.5", "c"));
        assertThat(RuleResult.ids(results)).containsExactly("P6.5", "P4.1");
        assertThat(RuleResult.ids(List.of())).isEmpty();
        assertThat(results.get(0).describe()).isEqualTo("P6.5 a");
        assertThat(RuleResult.hold("P6.7", "ask again")).hasToString("P6.7 HOLD_STALE_CONSENT: ask again");
    }
}
