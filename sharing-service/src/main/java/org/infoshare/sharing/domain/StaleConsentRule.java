package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.ShareBasis;

import java.time.Duration;
import java.util.Optional;

/**
 * P6.7: when the consent's last confirmation is older than the governing protocol's (or guidance
 * note's) threshold, or consent-service has asked the person to re-confirm, the share is held and
 * the person is asked; it proceeds only once re-confirmed.
 */
public final class StaleConsentRule {

    public static final String ID = "P6.7";

    private StaleConsentRule() {
    }

    public static Optional<RuleResult> check(ShareContext context) {
        ShareRequest request = context.request();
        Optional<ConsentProjection> consent = context.consent();
        Optional<Agreement> agreement = context.flow().agreement();
        if (!request.personal() || request.basis() != ShareBasis.CONSENT || consent.isEmpty() || agreement.isEmpty()) {
            return Optional.empty();
        }
        if (consent.get().state() == ConsentProjection.State.RECONFIRMATION_DUE) {
            return Optional.of(RuleResult.hold(ID, "the person has been asked to re-confirm and has not yet"));
        }
        int threshold = agreement.get().staleConsentAfterDays();
        boolean stale = consent.get().lastConfirmedAt()
                .map(confirmed -> confirmed.plus(Duration.ofDays(threshold)).isBefore(context.now()))
                .orElse(true);
        return Optional.of(stale
                ? RuleResult.hold(ID, "consent last confirmed more than " + threshold + " days ago: it needs re-confirming")
                : RuleResult.satisfied(ID, "consent confirmed within " + threshold + " days"));
    }
}
