package org.infoshare.events.vocabulary;

/** How retention removed a record: deleted outright, or anonymised so it no longer identifies anyone. */
public enum ErasureAction {
    DELETED,
    ANONYMISED
}
