package org.infoshare.events.vocabulary;

/** The one basis a disclosure relies on (P2.1, P1.4). */
public enum ShareBasis {
    CONSENT,
    SERIOUS_HARM,
    PUBLIC_INTEREST,
    LEGAL_DUTY
}
