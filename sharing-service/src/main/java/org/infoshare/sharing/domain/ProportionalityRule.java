package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;

import java.util.Optional;

/**
 * P6.2(c): personal data is shared only with a recorded proportionality judgement: why this much
 * data, to this recipient, is proportionate to the purpose given the impact on the person's
 * privacy. A few words are not a judgement.
 */
public final class ProportionalityRule {

    public static final String ID = "P6.2c";
    public static final int MINIMUM_LENGTH = 20;

    private ProportionalityRule() {
    }

    public static Optional<RuleResult> check(ShareContext context) {
        if (!context.request().personal()) {
            return Optional.empty();
        }
        boolean recorded = context.request().proportionality().map(String::strip)
                .filter(text -> text.length() >= MINIMUM_LENGTH).isPresent();
        return Optional.of(recorded
                ? RuleResult.satisfied(ID, "proportionality judgement recorded")
                : RuleResult.refuse(ID, "personal data needs a recorded proportionality judgement (at least "
                        + MINIMUM_LENGTH + " characters)"));
    }
}
