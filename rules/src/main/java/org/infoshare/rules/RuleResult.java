package org.infoshare.rules;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What one policy rule found, in every service: the rule's policy id (e.g. "P6.7"), its effect and
 * an explanation written for people. A refusal also says its {@link Cause}: what has to change
 * before the step can succeed, which is what the API answers with (422 for the request, 409 for
 * the state of the thing asked about).
 */
public record RuleResult(String ruleId, Effect effect, Cause cause, String explanation) {

    /**
     * Ordered from mildest to strongest, so where several rules judge one request the strongest
     * effect found decides (sharing-service's share decision).
     */
    public enum Effect {
        /** The rule is met. */
        SATISFIED,
        /** The rule cannot decide alone: the DPO must (sharing's non-consent bases, identifiable data). */
        REFER_TO_DPO,
        /** The step waits until the person re-confirms their consent (P6.7). */
        HOLD_STALE_CONSENT,
        /** The rule refuses the step. */
        REFUSE
    }

    /** Why a rule refuses: only a refusal has a cause. */
    public enum Cause {
        /** What the caller sent: sending something else can succeed. */
        INPUT,
        /** Where the thing asked about stands: it must change first, the same request may then succeed. */
        STATE
    }

    public RuleResult {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(explanation, "explanation");
        if (ruleId.isBlank()) {
            throw new IllegalArgumentException("a rule result names its rule's policy id");
        }
        if ((effect == Effect.REFUSE) != (cause != null)) {
            throw new IllegalArgumentException("a refusal, and only a refusal, has a cause");
        }
    }

    public static RuleResult satisfied(String ruleId, String explanation) {
        return new RuleResult(ruleId, Effect.SATISFIED, null, explanation);
    }

    /** Refused for what the caller sent. */
    public static RuleResult refuse(String ruleId, String explanation) {
        return new RuleResult(ruleId, Effect.REFUSE, Cause.INPUT, explanation);
    }

    /** Refused for where the thing asked about stands (it must change first). */
    public static RuleResult refuseInState(String ruleId, String explanation) {
        return new RuleResult(ruleId, Effect.REFUSE, Cause.STATE, explanation);
    }

    public static RuleResult referToDpo(String ruleId, String explanation) {
        return new RuleResult(ruleId, Effect.REFER_TO_DPO, null, explanation);
    }

    public static RuleResult hold(String ruleId, String explanation) {
        return new RuleResult(ruleId, Effect.HOLD_STALE_CONSENT, null, explanation);
    }

    public boolean refused() {
        return effect == Effect.REFUSE;
    }

    /** The distinct ids of the rules among {@code results}, in order: a problem's {@code rules} member. */
    public static List<String> ids(Collection<RuleResult> results) {
        return results.stream().map(RuleResult::ruleId).distinct().toList();
    }

    /** The rule id followed by the explanation, e.g. "P6.5 consent must name at least one purpose". */
    public String describe() {
        return ruleId + " " + explanation;
    }

    @Override
    public String toString() {
        return ruleId + " " + effect + ": " + explanation;
    }
}
