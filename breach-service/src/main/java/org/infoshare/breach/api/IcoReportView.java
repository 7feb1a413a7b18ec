package org.infoshare.breach.api;

import org.infoshare.breach.domain.IcoClock;
import org.infoshare.breach.domain.IcoReport;
import org.infoshare.breach.domain.IcoReportContent;

import java.time.Instant;
import java.util.UUID;

/**
 * A report made to the ICO, as exported in JSON (P14.2): the Art. 33(3) content, and the contact
 * point (Art. 33(3)(b)) from configuration.
 */
public record IcoReportView(UUID id, UUID breachId, String kind, boolean late, String delayReasons,
                            String icoReference, Instant icoDeadline, String contactPoint, IcoReportContent content,
                            String reportedBy, Instant reportedAt) {

    static IcoReportView of(IcoReport report, String contactPoint) {
        return new IcoReportView(report.id(), report.breachId(), report.kind().name(), report.late(),
                report.delayReasons().orElse(null), report.icoReference().orElse(null),
                new IcoClock(report.content().awareAt()).deadline(), contactPoint,
                report.content(), report.reportedBy(), report.reportedAt());
    }
}
