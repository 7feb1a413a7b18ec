package org.infoshare.events.vocabulary;

/** Severity of harm to individuals from a breach (P14.2). */
public enum Severity {
    MINIMAL,
    SIGNIFICANT,
    SEVERE,
    MAXIMUM
}
