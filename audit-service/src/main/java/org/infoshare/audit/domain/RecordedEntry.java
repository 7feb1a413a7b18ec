package org.infoshare.audit.domain;

/** An entry as read back from the table, with the leaf hash recorded when it was appended. */
public record RecordedEntry(TrailEntry entry, byte[] leafHash) {
}
