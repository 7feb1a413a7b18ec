package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Nullable;

/**
 * Emitted by sharing-service when a protocol is drafted or changes status (P1.2): drafted, agreed,
 * suspended, expired, also when a declared conflict's resolution reinstates or ends it (P5.1).
 *
 * @param protocolId The protocol.
 * @param partnerId The partner party to it.
 * @param purpose Its purpose.
 * @param status Its status now: DRAFT, AGREED, SUSPENDED or EXPIRED.
 * @param previousStatus Its status before; null when it was just drafted.
 * @param reviewDate Its review date.
 * @param decidedBy The DPO who made the change (opaque actor id).
 * @param changedAt When it changed.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProtocolChanged(
        UUID protocolId,
        String partnerId,
        String purpose,
        String status,
        @Nullable String previousStatus,
        LocalDate reviewDate,
        String decidedBy,
        Instant changedAt) implements SharingEvent {

    public ProtocolChanged {
        requireNonNull(protocolId, "protocolId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(purpose, "purpose");
        requireNonNull(status, "status");
        requireNonNull(reviewDate, "reviewDate");
        requireNonNull(decidedBy, "decidedBy");
        requireNonNull(changedAt, "changedAt");
    }

    /** A protocol is not about a person. */
    @Override
    public String subjectId() {
        return null;
    }
}
