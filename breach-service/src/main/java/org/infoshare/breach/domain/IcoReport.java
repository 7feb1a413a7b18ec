package org.infoshare.breach.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.events.vocabulary.BreachReportKind;

/**
 * A report made to the ICO (P14.2): the initial one, then follow-ups as more becomes known
 * (Art. 33(4)). A late initial report carries the reasons for the delay (Art. 33(1)).
 */
public record IcoReport(
        UUID id,
        UUID breachId,
        BreachReportKind kind,
        boolean late,
        Optional<String> delayReasons,
        Optional<String> icoReference,
        IcoReportContent content,
        String reportedBy,
        Instant reportedAt) {

    public IcoReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
    }
}
