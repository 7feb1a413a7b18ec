package org.infoshare.events.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by consent-service when a Freedom of Information request is logged and handed to the
 * responsible council (P12.1). Who asked and what they asked stay with the council.
 *
 * @param requestId The logged request.
 * @param council The council it was handed to.
 * @param receivedAt When the organisation received it.
 * @param handedOverAt When it was handed to the council.
 * @param recordedBy Who logged it (opaque actor id).
 * @param loggedAt When it was logged.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FoiRequestLogged(
        UUID requestId,
        String contractId,
        String council,
        Instant receivedAt,
        String recordedBy,
        Instant loggedAt) implements ConsentEvent {

    public FoiRequestLogged {
        requireNonNull(requestId, "requestId");
        requireNonNull(contractId, "contractId");
        requireNonNull(council, "council");
        requireNonNull(receivedAt, "receivedAt");
        requireNonNull(recordedBy, "recordedBy");
        requireNonNull(loggedAt, "loggedAt");
    }

    /** An FOI request is not about a person. */
    @Override
    public String subjectId() {
        return null;
    }

    /** Keyed by request, so its events stay in order. */
    @Override
    public String partitionKey() {
        return requestId.toString();
    }
}
