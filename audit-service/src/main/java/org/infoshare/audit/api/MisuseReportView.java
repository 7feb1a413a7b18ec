package org.infoshare.audit.api;

import org.infoshare.audit.domain.misuse.MisuseReport;

import java.time.Instant;
import java.util.UUID;

/** A misuse report as the DPO sees it (P15.2): opaque user id and pseudonymous counts only. */
public record MisuseReportView(UUID id, String rule, String actorId, Instant windowStart, Instant windowEnd,
                               Instant firstReadAt, Instant lastReadAt, int subjectCount, int readCount,
                               String status, Instant raisedAt, String decidedBy, Instant decidedAt,
                               String dpoNote) {

    static MisuseReportView of(MisuseReport report) {
        return new MisuseReportView(report.id(), report.rule().code(), report.actorId(), report.windowStart(),
                report.windowEnd(), report.firstReadAt(), report.lastReadAt(), report.subjectCount(),
                report.readCount(), report.status().name(), report.raisedAt(), report.decidedBy().orElse(null),
                report.decidedAt().orElse(null), report.dpoNote().orElse(null));
    }
}
