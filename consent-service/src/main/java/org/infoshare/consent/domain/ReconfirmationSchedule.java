package org.infoshare.consent.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * P6.6 and P6.7: a consent is due for re-confirmation once the threshold has passed since it was
 * last explicitly confirmed, and ends at its expiry. Time passing never extends anything: only an
 * explicit recorded act moves {@code lastConfirmedAt}.
 */
public final class ReconfirmationSchedule {

    private ReconfirmationSchedule() {
    }

    public static Instant dueAt(Consent consent) {
        return consent.lastConfirmedAt().plus(Duration.ofDays(consent.reconfirmAfterDays()));
    }

    /** The state the consent should be in at {@code now}, given only the passage of time. */
    public static ConsentState stateAt(Consent consent, Instant now) {
        if (consent.state().isEnded()) {
            return consent.state();
        }
        if (consent.expiresAt().map(expiry -> !expiry.isAfter(now)).orElse(false)) {
            return ConsentState.EXPIRED;
        }
        if (!dueAt(consent).isAfter(now)) {
            return ConsentState.RECONFIRMATION_DUE;
        }
        return consent.state();
    }
}
