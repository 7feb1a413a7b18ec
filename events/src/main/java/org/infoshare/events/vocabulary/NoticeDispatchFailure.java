package org.infoshare.events.vocabulary;

/** Why consent-service could not put a breach notice in the post or e-mail queue (P14.3). */
public enum NoticeDispatchFailure {
    /** The subject id is not (or no longer) in the vault. */
    UNKNOWN_SUBJECT,
    /** The vault holds neither a postal address nor an e-mail address for the person. */
    NO_CONTACT_DETAILS
}
