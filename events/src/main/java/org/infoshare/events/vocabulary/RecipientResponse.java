package org.infoshare.events.vocabulary;

/** A recipient's recorded reassessment after a withdrawal notification (P6.8). */
public enum RecipientResponse {
    /** Stopped using the data and deleted it. */
    CEASED_DELETED,
    /** Stopped using the data and returned it. */
    CEASED_RETURNED,
    /** Continues under another named lawful condition. */
    CONTINUING
}
