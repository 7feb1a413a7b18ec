package org.infoshare.events.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by audit-service when the DPO dismisses a misuse report (P15.2). The DPO's reason stays
 * in audit-service (free text): the event says only who decided and when.
 *
 * @param reportId The misuse report.
 * @param decidedBy Opaque id of the DPO who dismissed it.
 * @param dismissedAt When it was dismissed.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MisuseDismissed(
        UUID reportId,
        String decidedBy,
        Instant dismissedAt) implements MisuseEvent {

    public MisuseDismissed {
        requireNonNull(reportId, "reportId");
        requireNonNull(decidedBy, "decidedBy");
        requireNonNull(dismissedAt, "dismissedAt");
    }
}
