package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;

import java.util.Optional;

/**
 * P6.2(b): the recipient has a genuine need to know: it is a registered partner agreed to receive
 * data for this purpose, and its protocol (or acknowledged guidance) covers the purpose. For every
 * share, personal or not, the flow itself must be governed (P1.2 / P1.3, {@link RegularFlowRule}).
 */
public final class NeedToKnowRule {

    public static final String ID = "P6.2b";

    private NeedToKnowRule() {
    }

    /** The regular-flow finding, under P1.2 or P1.3 as the partner's kind decides. */
    public static RuleResult flow(ShareContext context) {
        String id = context.partner().map(Partner::isSmallProvider).orElse(false) ? "P1.3" : "P1.2";
        if (context.partner().isEmpty()) {
            return RuleResult.refuse(id, context.request().partnerId() + " is not a registered partner (P1.1)");
        }
        return context.flow().agreement().isPresent()
                ? RuleResult.satisfied(id, context.flow().reason())
                : RuleResult.refuse(id, context.flow().reason());
    }

    public static Optional<RuleResult> check(ShareContext context) {
        if (!context.request().personal()) {
            return Optional.empty();
        }
        String purpose = context.request().purpose();
        if (context.partner().isEmpty()) {
            return Optional.of(RuleResult.refuse(ID, "the recipient is not a registered partner"));
        }
        if (!context.partner().get().agreedFor(purpose)) {
            return Optional.of(RuleResult.refuse(ID, context.partner().get().id() + " is not agreed to receive data for " + purpose));
        }
        if (context.flow().agreement().filter(a -> a.purposes().contains(purpose)).isEmpty()) {
            return Optional.of(RuleResult.refuse(ID, "no protocol or acknowledged guidance covers " + purpose));
        }
        return Optional.of(RuleResult.satisfied(ID, "agreed purpose " + purpose + " under its protocol or guidance"));
    }
}
