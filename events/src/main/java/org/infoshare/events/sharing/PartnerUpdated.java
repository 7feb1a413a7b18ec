package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Nullable;

/**
 * Emitted by sharing-service when the DPO changes a registered partner (P1.1); the event carries
 * the partner as it stands after the change.
 *
 * @param partnerId The partner.
 * @param kind The partner's kind (P1.1).
 * @param smallProviderKind For a small provider, which kind (P1.3); null otherwise.
 * @param purposes The purposes it is agreed to receive data for.
 * @param webhookConfigured Whether it takes notices by webhook.
 * @param safeguardingRoutes The safeguarding routes it serves (P3.2), if a safeguarding team.
 * @param recordedBy The DPO who changed it (opaque actor id).
 * @param updatedAt When it was changed.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PartnerUpdated(
        String partnerId,
        String kind,
        @Nullable String smallProviderKind,
        List<String> purposes,
        boolean webhookConfigured,
        List<String> safeguardingRoutes,
        String recordedBy,
        Instant updatedAt) implements SharingEvent {

    public PartnerUpdated {
        requireNonNull(partnerId, "partnerId");
        requireNonNull(kind, "kind");
        purposes = List.copyOf(requireNonNull(purposes, "purposes"));
        safeguardingRoutes = List.copyOf(requireNonNull(safeguardingRoutes, "safeguardingRoutes"));
        requireNonNull(recordedBy, "recordedBy");
        requireNonNull(updatedAt, "updatedAt");
    }

    /** A partner is not about a person. */
    @Override
    public String subjectId() {
        return null;
    }
}
