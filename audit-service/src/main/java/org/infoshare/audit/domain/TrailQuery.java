package org.infoshare.audit.domain;


import java.time.Instant;
import java.util.Optional;

/** What auditors filter the trail by; every part optional. {@code from} inclusive, {@code to} exclusive. */
public record TrailQuery(Optional<String> type, Optional<String> subject, Optional<String> actor,
                         Optional<EntryKind> kind, Optional<Instant> from, Optional<Instant> to) {

    public static TrailQuery subject(String subject) {
        return new TrailQuery(Optional.empty(), Optional.of(subject), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
