package org.infoshare.events.vocabulary;

/** Outcome of a share decision. */
public enum ShareOutcome {
    /** The share may be released. */
    APPROVED,
    /** Held until the person re-confirms consent (P6.7). */
    HELD_STALE_CONSENT,
    /** A non-consent basis awaits a DPO decision (P2.1). */
    AWAITING_DPO,
    /** The share must not happen. */
    REFUSED
}
