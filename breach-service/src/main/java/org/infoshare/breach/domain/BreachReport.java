package org.infoshare.breach.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A suspected or confirmed breach as first reported (P14.1). The awareness time starts the
 * 72-hour ICO clock, so it is kept exactly as given.
 */
public record BreachReport(
        UUID id,
        Reporter reporter,
        String summary,
        String discoveredHow,
        Instant occurredAt,
        Instant awareAt,
        boolean cyberIncident,
        List<String> dataCategories,
        List<UUID> releaseIds,
        Instant reportedAt) {

    public BreachReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reporter, "reporter");
        dataCategories = List.copyOf(dataCategories);
        releaseIds = List.copyOf(releaseIds);
    }
}
