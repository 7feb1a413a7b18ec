package org.infoshare.events.vocabulary;

/** Sensitivity class of released data; it chooses the transmission channel (P8.1, P11.1). */
public enum Sensitivity {
    PUBLIC,
    INTERNAL,
    CONFIDENTIAL,
    SPECIAL_CATEGORY
}
