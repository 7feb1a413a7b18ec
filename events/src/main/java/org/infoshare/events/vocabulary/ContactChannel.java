package org.infoshare.events.vocabulary;

/** Channel by which a person's request reached the organisation: a withdrawal (P6.8) or a subject access request (P12.2). */
public enum ContactChannel {
    PHONE,
    LETTER,
    IN_PERSON,
    EMAIL,
    WEB,
    OTHER
}
