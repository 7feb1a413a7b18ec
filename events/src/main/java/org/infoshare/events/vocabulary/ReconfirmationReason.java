package org.infoshare.events.vocabulary;

/** Why a consent re-confirmation was requested (P6.7). */
public enum ReconfirmationReason {
    /** The consent is older than the re-confirmation threshold. */
    THRESHOLD_REACHED,
    /** A share was held because its consent is stale. */
    SHARE_HELD
}
