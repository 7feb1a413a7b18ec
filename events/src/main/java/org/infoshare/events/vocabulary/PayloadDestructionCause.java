package org.infoshare.events.vocabulary;

/** Why a release's payload was destroyed, its record kept (P11.1, P13.1). */
public enum PayloadDestructionCause {
    /** The payload retention after release elapsed. */
    RETENTION_ELAPSED,
    /** The consent the release was made under was withdrawn: it can never be delivered again (P6.8). */
    CONSENT_WITHDRAWN
}
