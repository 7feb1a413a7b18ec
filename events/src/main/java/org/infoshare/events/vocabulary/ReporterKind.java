package org.infoshare.events.vocabulary;

/** Who reported a suspected breach (P14.1). */
public enum ReporterKind {
    STAFF,
    DPO,
    PARTNER
}
