package org.infoshare.breach.api;

import org.infoshare.breach.domain.BreachReport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A breach report as the API shows it. */
public record BreachView(UUID id, String reporterKind, String reporterPartnerId, String summary,
                         String discoveredHow, Instant occurredAt, Instant awareAt, boolean cyberIncident,
                         List<String> dataCategories, List<UUID> releaseIds, Instant reportedAt) {

    static BreachView of(BreachReport report) {
        return new BreachView(report.id(), report.reporter().kind().name(),
                report.reporter().partnerId().orElse(null), report.summary(), report.discoveredHow(),
                report.occurredAt(), report.awareAt(), report.cyberIncident(), report.dataCategories(),
                report.releaseIds(), report.reportedAt());
    }
}
