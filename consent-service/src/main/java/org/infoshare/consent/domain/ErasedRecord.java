package org.infoshare.consent.domain;

/** One record removed by retention: its kind, id, the person it concerned if any, and how. */
public record ErasedRecord(RecordKind kind, String recordId, String subjectId, Action action) {

    /** Deleted outright, or (for the vault) the identity removed so the pseudonym no longer resolves. */
    public enum Action { DELETED, ANONYMISED }
}
