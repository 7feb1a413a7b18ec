package org.infoshare.breach.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A suspected or confirmed breach as first reported (P14.1). The awareness time starts the
 * 72-hour ICO clock, so it is kept exactly: as given by staff or the DPO, or the time a partner's
 * report arrived ({@link PartnerReportRule#awareness}); {@code statedAwareAt} is what the reporter
 * said, kept as information.
 */
public record BreachReport(
        UUID id,
        Reporter reporter,
        Certainty certainty,
        String summary,
        String discoveredHow,
        Instant occurredAt,
        Instant awareAt,
        boolean cyberIncident,
        List<String> dataCategories,
        BreachScope scope,
        Instant reportedAt,
        Instant statedAwareAt,
        String contractId) {

    public BreachReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(contractId, "contractId");
        dataCategories = List.copyOf(dataCategories);
    }

    public IcoClock clock() {
        return new IcoClock(awareAt);
    }
}
