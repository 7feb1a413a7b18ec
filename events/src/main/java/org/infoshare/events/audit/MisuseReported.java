package org.infoshare.events.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by audit-service when it raises a report of unusual access to personal data for the
 * DPO (P15.2). Carries the reader's opaque id and a count of people, never who they are.
 *
 * @param reportId The misuse report.
 * @param rule The detection rule that raised it: bulk-reads, out-of-hours or no-case.
 * @param readerId Opaque id of the user whose reads it reports.
 * @param subjectCount Distinct people whose data those reads showed, when raised.
 * @param firstReadAt First read behind the report.
 * @param lastReadAt Last read behind the report, when raised.
 * @param reportedAt When it was raised.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MisuseReported(
        UUID reportId,
        String rule,
        String readerId,
        int subjectCount,
        Instant firstReadAt,
        Instant lastReadAt,
        Instant reportedAt) implements MisuseEvent {

    public MisuseReported {
        requireNonNull(reportId, "reportId");
        requireNonNull(rule, "rule");
        requireNonNull(readerId, "readerId");
        requireNonNull(firstReadAt, "firstReadAt");
        requireNonNull(lastReadAt, "lastReadAt");
        requireNonNull(reportedAt, "reportedAt");
    }
}
