package org.infoshare.events.vocabulary;

/** Why a recipient is notified about a release it holds. */
public enum NotificationCause {
    /** The person withdrew the consent the release was made under (P6.8). */
    CONSENT_WITHDRAWN
}
