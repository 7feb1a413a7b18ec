package org.infoshare.consent.domain;

import java.time.Instant;

/**
 * The legal power under which someone consents for an adult who lacks capacity (P6.9): a lasting
 * power of attorney for health and welfare, or a court order, with its reference, scope and expiry.
 */
public record ProxyAuthority(Kind kind, String reference, String scope, Instant expiresAt) {

    public enum Kind { LASTING_POWER_OF_ATTORNEY_HEALTH_AND_WELFARE, COURT_ORDER }

    public boolean isValidAt(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }
}
