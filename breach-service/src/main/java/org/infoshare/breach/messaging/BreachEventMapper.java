package org.infoshare.breach.messaging;

import org.infoshare.breach.domain.BreachReport;
import org.infoshare.events.breach.BreachSuspected;
import org.infoshare.events.vocabulary.ReporterKind;

/** Translates breach-service's domain into the shared event contract. */
public final class BreachEventMapper {

    private BreachEventMapper() {
    }

    public static BreachSuspected suspected(BreachReport report) {
        return new BreachSuspected(report.id(), ReporterKind.valueOf(report.reporter().kind().name()),
                report.reporter().partnerId().orElse(null), report.occurredAt(), report.awareAt(),
                report.cyberIncident(), report.dataCategories(), report.releaseIds(), report.reportedAt());
    }
}
