package org.infoshare.events.vocabulary;

/** Likelihood of harm to individuals from a breach (P14.2). */
public enum Likelihood {
    REMOTE,
    POSSIBLE,
    LIKELY,
    HIGHLY_LIKELY
}
