package org.infoshare.breach.domain;

/**
 * One record retention removed (P13.1): its kind, id, the pseudonymous person it concerned if any,
 * and how: deleted outright, or anonymised (the fact kept, whom and what it carried removed).
 */
public record ErasedRecord(RecordKind kind, String recordId, String subjectId, Action action) {

    public enum Action { DELETED, ANONYMISED }
}
