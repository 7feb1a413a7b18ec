package org.infoshare.consent.api;

/** The outcome of a person's withdrawal: whether anything changed, and the consent as it now stands. */
public record PersonWithdrawalView(boolean changed, PersonPageView.OwnConsent consent) {
}
