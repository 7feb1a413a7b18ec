package org.infoshare.consent.domain;

/** Where a consent stands. Only ACTIVE consent lets personal data be shared. */
public enum ConsentState {
    ACTIVE, RECONFIRMATION_DUE, WITHDRAWN, EXPIRED;

    public boolean isEnded() {
        return this == WITHDRAWN || this == EXPIRED;
    }
}
