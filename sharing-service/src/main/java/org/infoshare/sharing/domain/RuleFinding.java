package org.infoshare.sharing.domain;

import java.util.Objects;

/** What one policy rule found about a share request, by rule id, with its explanation. */
public record RuleFinding(String ruleId, Effect effect, String explanation) {

    /** Ordered from mildest to strongest: the strongest effect found decides the outcome. */
    public enum Effect { SATISFIED, REFER_TO_DPO, HOLD_STALE_CONSENT, REFUSE }

    public RuleFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(explanation, "explanation");
    }

    public static RuleFinding satisfied(String ruleId, String explanation) {
        return new RuleFinding(ruleId, Effect.SATISFIED, explanation);
    }

    public static RuleFinding refuse(String ruleId, String explanation) {
        return new RuleFinding(ruleId, Effect.REFUSE, explanation);
    }

    public static RuleFinding referToDpo(String ruleId, String explanation) {
        return new RuleFinding(ruleId, Effect.REFER_TO_DPO, explanation);
    }

    public static RuleFinding hold(String ruleId, String explanation) {
        return new RuleFinding(ruleId, Effect.HOLD_STALE_CONSENT, explanation);
    }

    @Override
    public String toString() {
        return ruleId + " " + effect + ": " + explanation;
    }
}
