package org.infoshare.messaging.inbox;

/** What a consumer should do with a record whose effect failed. */
public enum FailureKind {
    /** Can never be applied (unreadable, unknown type or version, schema-invalid, forged source): dead-letter it. */
    PERMANENT,
    /** May succeed later (database, pool, timeout, lock, broker): retry for as long as it lasts. */
    TRANSIENT,
    /** Neither recognisably: retry a few times, then dead-letter it, where it can be replayed after a fix. */
    UNKNOWN
}
