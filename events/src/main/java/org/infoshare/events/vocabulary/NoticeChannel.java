package org.infoshare.events.vocabulary;

/** Channel by which an individual was told about a breach (P14.3). */
public enum NoticeChannel {
    LETTER,
    EMAIL,
    PHONE,
    IN_PERSON
}
