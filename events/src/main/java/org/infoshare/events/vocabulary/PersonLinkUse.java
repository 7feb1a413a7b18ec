package org.infoshare.events.vocabulary;

/**
 * One use of a person's one-time link or of the short session it opens (issue 13 item 4(a)), or a
 * refused use: every use is recorded.
 */
public enum PersonLinkUse {
    /** The link was redeemed (once) and opened a session. */
    REDEEMED,
    /** The link was presented again after it had been used. */
    REFUSED_ALREADY_USED,
    /** The link was presented after it expired. */
    REFUSED_EXPIRED,
    /** The session was presented after it ended. */
    REFUSED_SESSION_EXPIRED,
    /** The person looked at who received their data and their consents. */
    VIEWED,
    /** The person withdrew a consent, wholly or in part. */
    CONSENT_WITHDRAWN,
    /** The person made a subject access request. */
    SUBJECT_ACCESS_REQUESTED
}
