package org.infoshare.consent.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * P12.1: a Freedom of Information request received by the organisation is logged under the
 * Healthwatch contract it concerns and handed to the council responsible for that contract, which
 * answers it. Who asked stays with the council. The council and its FOI team's (organisational)
 * address are the contract's when the request is logged.
 *
 * @param handedOverAt empty until it is handed over
 * @param handedOverBy empty until it is handed over
 */
public record FoiRequest(UUID id, Instant receivedAt, String summary, String contractId, String council,
                         Optional<String> councilFoiContact, String recordedBy, Optional<Instant> handedOverAt,
                         Optional<String> handedOverBy) {

    public FoiRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(handedOverAt, "handedOverAt");
        Objects.requireNonNull(handedOverBy, "handedOverBy");
    }

    public boolean handedOver() {
        return handedOverAt.isPresent();
    }

    /** Handed to its council by {@code actor} at {@code at}. */
    public FoiRequest handedOver(Instant at, String actor) {
        return new FoiRequest(id, receivedAt, summary, contractId, council, councilFoiContact, recordedBy,
                Optional.of(at), Optional.of(actor));
    }
}
