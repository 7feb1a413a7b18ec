package org.infoshare.consent.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the DPO's handling of an assembled subject access answer stands (P12.2): reviewed, released
 * (once), and whether the deadline came with parts missing (escalated, once).
 */
public record SubjectAccessAnswerState(UUID requestId, Optional<Stamp> reviewed, Optional<Stamp> released,
                                       Optional<Escalation> escalated) {

    public SubjectAccessAnswerState {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(reviewed, "reviewed");
        Objects.requireNonNull(released, "released");
        Objects.requireNonNull(escalated, "escalated");
    }

    /** Who did it (opaque actor id) and when. */
    public record Stamp(String by, Instant at) {
    }

    /** When the deadline found parts missing, and whose. */
    public record Escalation(Instant at, List<String> missingParts) {

        public Escalation {
            missingParts = List.copyOf(missingParts);
        }
    }

    public static SubjectAccessAnswerState none(UUID requestId) {
        return new SubjectAccessAnswerState(requestId, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public SubjectAccessAnswerState reviewedBy(String by, Instant at) {
        return new SubjectAccessAnswerState(requestId, Optional.of(new Stamp(by, at)), released, escalated);
    }

    public SubjectAccessAnswerState releasedBy(String by, Instant at) {
        return new SubjectAccessAnswerState(requestId, reviewed, Optional.of(new Stamp(by, at)), escalated);
    }

    public SubjectAccessAnswerState escalatedAt(Instant at, List<String> missingParts) {
        return new SubjectAccessAnswerState(requestId, reviewed, released, Optional.of(new Escalation(at, missingParts)));
    }
}
