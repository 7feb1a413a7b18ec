package org.infoshare.events.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by audit-service when the DPO escalates a misuse report to a suspected breach (P15.2,
 * P14.1); breach-service opens the breach (source {@code misuse-report}) once per report.
 *
 * @param reportId The misuse report.
 * @param rule The detection rule that raised it: bulk-reads, out-of-hours or no-case.
 * @param readerId Opaque id of the user whose reads it reports.
 * @param subjectCount Distinct people whose data those reads showed.
 * @param firstReadAt First read behind the report; when the breach began, at the earliest.
 * @param lastReadAt Last read behind the report.
 * @param decidedBy Opaque id of the DPO who escalated it.
 * @param escalatedAt When it was escalated; when the organisation became aware of a suspected breach.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MisuseEscalated(
        UUID reportId,
        String rule,
        String readerId,
        int subjectCount,
        Instant firstReadAt,
        Instant lastReadAt,
        String decidedBy,
        Instant escalatedAt) implements MisuseEvent {

    public MisuseEscalated {
        requireNonNull(reportId, "reportId");
        requireNonNull(rule, "rule");
        requireNonNull(readerId, "readerId");
        requireNonNull(firstReadAt, "firstReadAt");
        requireNonNull(lastReadAt, "lastReadAt");
        requireNonNull(decidedBy, "decidedBy");
        requireNonNull(escalatedAt, "escalatedAt");
    }
}
