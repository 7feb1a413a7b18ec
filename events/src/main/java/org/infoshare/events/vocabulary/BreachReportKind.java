package org.infoshare.events.vocabulary;

/** Kind of report made to the ICO. */
public enum BreachReportKind {
    INITIAL,
    FOLLOW_UP
}
