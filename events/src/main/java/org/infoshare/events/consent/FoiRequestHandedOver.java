package org.infoshare.events.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by consent-service when staff record that a Freedom of Information request was handed to
 * the council responsible for its Healthwatch contract (P12.1). An FOI request concerns the
 * organisation's information, never a person: it has no subject, and who asked stays with the
 * council.
 *
 * @param foiRequestId The FOI request.
 * @param contractId The Healthwatch contract it belongs to.
 * @param council The council responsible for that contract, to which it was handed.
 * @param handedOverBy Opaque id of the actor who handed it over.
 * @param handedOverAt When it was handed over.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FoiRequestHandedOver(
        UUID foiRequestId,
        String contractId,
        String council,
        String handedOverBy,
        Instant handedOverAt) implements ConsentEvent {

    public FoiRequestHandedOver {
        requireNonNull(foiRequestId, "foiRequestId");
        requireNonNull(contractId, "contractId");
        requireNonNull(council, "council");
        requireNonNull(handedOverBy, "handedOverBy");
        requireNonNull(handedOverAt, "handedOverAt");
    }

    /** None: an FOI request is about no person. */
    @Override
    @JsonIgnore
    public String subjectId() {
        return null;
    }

    /** The request itself: its events stay in order. */
    @Override
    @JsonIgnore
    public String partitionKey() {
        return foiRequestId.toString();
    }
}
