package org.infoshare.breach.api;

import org.infoshare.breach.domain.Breach;
import org.infoshare.breach.domain.BreachReport;
import org.infoshare.breach.domain.Escalation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A breach as the API shows it: the report, where it stands, and its ICO clock.
 *
 * @param awareAt       when the organisation became aware: starts the ICO clock (for a partner's
 *                      report, when it arrived)
 * @param statedAwareAt when the reporter says it became aware, as it said
 */
public record BreachView(UUID id, String reporterKind, String reporterPartnerId, String certainty, String summary,
                         String discoveredHow, Instant occurredAt, Instant awareAt, boolean cyberIncident,
                         List<String> dataCategories, List<UUID> releaseIds,
                         ReportBreachRequest.PartnerWindowRequest window, Instant reportedAt, String state,
                         String riskLevel, Instant icoReportedAt, Instant closedAt, ClockView clock,
                         Instant statedAwareAt, String contractId) {

    static BreachView of(Breach breach, Instant now, List<Escalation> escalations) {
        BreachReport report = breach.report();
        return new BreachView(report.id(), report.reporter().kind().name(),
                report.reporter().partnerId().orElse(null), report.certainty().name(), report.summary(),
                report.discoveredHow(), report.occurredAt(), report.awareAt(), report.cyberIncident(),
                report.dataCategories(), report.scope().releaseIds(),
                report.scope().window().map(w -> new ReportBreachRequest.PartnerWindowRequest(w.partnerId(),
                        w.from(), w.to())).orElse(null),
                report.reportedAt(), breach.status().state(),
                breach.status().riskLevel().map(Enum::name).orElse(null),
                breach.status().icoReportedAt().orElse(null), breach.status().closedAt().orElse(null),
                ClockView.of(breach, now, escalations), report.statedAwareAt(),
                report.contractId());
    }
}
