package org.infoshare.messaging.deadletter;

/** What replaying one dead-lettered record did. */
public enum ReplayOutcome {
    /** The consumer applied the event now. */
    APPLIED,
    /** The consumer had applied the event before: nothing changed. */
    ALREADY_APPLIED,
    /** The consumer ran and recorded nothing: the event needs nothing from this service. */
    PASSED_OVER,
    /** The record still cannot be applied; the reason says why, without personal data. */
    FAILED
}
