package org.infoshare.consent.domain;

import java.util.List;
import java.util.Optional;

/**
 * P6.8: applies a withdrawal to a consent. The effect is exactly what the person withdrew and the
 * consent still covered: withdrawing what is already withdrawn changes nothing (and announces
 * nothing). A partial withdrawal that leaves no purpose or no recipient ends the whole consent.
 */
public final class WithdrawalRule {

    private WithdrawalRule() {
    }

    /** The consent after the withdrawal and the exact scope withdrawn, or empty when nothing changes. */
    public record Effect(Consent consent, boolean whole, ConsentScope withdrawn) {
    }

    public static Optional<Effect> apply(Consent consent, Withdrawal withdrawal) {
        if (consent.state() == ConsentState.WITHDRAWN) {
            return Optional.empty();
        }
        ConsentScope scope = consent.scope();
        if (withdrawal.whole()) {
            return Optional.of(new Effect(consent.withState(ConsentState.WITHDRAWN), true, scope));
        }
        List<String> purposes = intersection(scope.purposes(), withdrawal.purposes());
        List<String> partners = intersection(scope.recipientPartnerIds(), withdrawal.recipientPartnerIds());
        List<String> kinds = intersection(scope.recipientPartnerKinds(), withdrawal.recipientPartnerKinds());
        if (purposes.isEmpty() && partners.isEmpty() && kinds.isEmpty()) {
            return Optional.empty();
        }
        ConsentScope remaining = new ConsentScope(minus(scope.purposes(), purposes), scope.dataCategories(),
                minus(scope.recipientPartnerIds(), partners), minus(scope.recipientPartnerKinds(), kinds));
        if (remaining.purposes().isEmpty() || !remaining.hasRecipients()) {
            return Optional.of(new Effect(consent.withState(ConsentState.WITHDRAWN), true, scope));
        }
        ConsentScope withdrawn = new ConsentScope(purposes, List.of(), partners, kinds);
        return Optional.of(new Effect(consent.withScope(remaining, consent.state()), false, withdrawn));
    }

    private static List<String> intersection(List<String> held, List<String> asked) {
        return held.stream().filter(asked::contains).toList();
    }

    private static List<String> minus(List<String> held, List<String> removed) {
        return held.stream().filter(item -> !removed.contains(item)).toList();
    }
}
