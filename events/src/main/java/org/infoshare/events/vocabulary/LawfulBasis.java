package org.infoshare.events.vocabulary;

/** Lawful basis for processing, by letter of UK GDPR Art. 6(1). */
public enum LawfulBasis {
    /** (a) the data subject has given consent. */
    A,
    /** (b) necessary for a contract with the data subject. */
    B,
    /** (c) necessary for compliance with a legal obligation. */
    C,
    /** (d) necessary to protect vital interests. */
    D,
    /** (e) necessary for a task in the public interest or in the exercise of official authority. */
    E,
    /** (f) necessary for legitimate interests. */
    F
}
