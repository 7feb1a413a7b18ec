package org.infoshare.events.vocabulary;

/** Condition for processing special category (e.g. health) data, by letter of UK GDPR Art. 9(2). */
public enum Article9Condition {
    /** (a) explicit consent. */
    A,
    /** (b) employment, social security and social protection law. */
    B,
    /** (c) vital interests of a person incapable of giving consent. */
    C,
    /** (d) not-for-profit body with a political, philosophical, religious or trade union aim. */
    D,
    /** (e) data manifestly made public by the data subject. */
    E,
    /** (f) legal claims or courts acting in their judicial capacity. */
    F,
    /** (g) substantial public interest. */
    G,
    /** (h) health or social care. */
    H,
    /** (i) public health. */
    I,
    /** (j) archiving, research or statistics. */
    J
}
