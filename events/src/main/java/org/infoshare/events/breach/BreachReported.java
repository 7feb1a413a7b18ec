package org.infoshare.events.breach;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.vocabulary.BreachReportKind;

/**
 * Emitted by breach-service when a report (initial or follow-up) is made to the ICO (P14.2).
 *
 * @param breachId The breach.
 * @param reportKind Initial or follow-up report.
 * @param late True when made after the 72-hour deadline.
 * @param approximateSubjects Approximate number of people affected.
 * @param approximateRecords Approximate number of records affected.
 * @param reportedAt When it was reported.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BreachReported(
        UUID breachId,
        BreachReportKind reportKind,
        boolean late,
        int approximateSubjects,
        int approximateRecords,
        Instant reportedAt) implements BreachEvent {

    public BreachReported {
        requireNonNull(breachId, "breachId");
        requireNonNull(reportKind, "reportKind");
        requireNonNull(reportedAt, "reportedAt");
    }
}
