package org.infoshare.events.breach;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Added;
import org.infoshare.events.Nullable;
import org.infoshare.events.vocabulary.ReporterKind;

/**
 * Emitted by breach-service when staff, the DPO or a partner report a suspected or confirmed
 * breach (P14.1).
 *
 * @param breachId The breach.
 * @param reporterKind Who reported it.
 * @param reporterPartnerId Reporting partner when the reporter is a partner.
 * @param occurredAt When it happened (best estimate).
 * @param awareAt When the organisation became aware; starts the 72-hour clock.
 * @param cyberIncident True for a cyber incident.
 * @param dataCategories Data categories affected.
 * @param releaseIds Releases affected, linking to the affected people.
 * @param reportedAt When it was reported.
 * @param contractId The Healthwatch contract the breach belongs to (added; null in events written before contracts).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BreachSuspected(
        UUID breachId,
        ReporterKind reporterKind,
        @Nullable String reporterPartnerId,
        Instant occurredAt,
        Instant awareAt,
        boolean cyberIncident,
        List<String> dataCategories,
        List<UUID> releaseIds,
        Instant reportedAt,
        @Nullable @Added String contractId) implements BreachEvent {

    public BreachSuspected {
        requireNonNull(breachId, "breachId");
        requireNonNull(reporterKind, "reporterKind");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(awareAt, "awareAt");
        dataCategories = List.copyOf(requireNonNull(dataCategories, "dataCategories"));
        releaseIds = List.copyOf(requireNonNull(releaseIds, "releaseIds"));
        requireNonNull(reportedAt, "reportedAt");
    }

    /** A breach of no named contract (as written before contracts existed). */
    public BreachSuspected(UUID breachId, ReporterKind reporterKind, String reporterPartnerId, Instant occurredAt,
                           Instant awareAt, boolean cyberIncident, List<String> dataCategories, List<UUID> releaseIds,
                           Instant reportedAt) {
        this(breachId, reporterKind, reporterPartnerId, occurredAt, awareAt, cyberIncident, dataCategories, releaseIds,
                reportedAt, null);
    }
}
