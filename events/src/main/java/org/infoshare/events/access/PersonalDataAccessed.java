package org.infoshare.events.access;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.DomainEvent;
import org.infoshare.events.Nullable;

/**
 * Emitted by any service whenever a person reads personal identifiers or a partner fetches a
 * release package (P6.1, X1).
 *
 * @param accessId The access.
 * @param subjectId Pseudonymous data subject id whose data was read.
 * @param service Service that served the read.
 * @param actorId Opaque id of the reader.
 * @param actorRole Role the reader acted in.
 * @param partnerId Partner when the reader is a partner.
 * @param purpose Purpose of the read.
 * @param resource What was read, e.g. "vault-entry", "release-package".
 * @param accessedAt When it was read.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PersonalDataAccessed(
        UUID accessId,
        String subjectId,
        String service,
        String actorId,
        String actorRole,
        @Nullable String partnerId,
        String purpose,
        String resource,
        Instant accessedAt) implements DomainEvent {

    public PersonalDataAccessed {
        requireNonNull(accessId, "accessId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(service, "service");
        requireNonNull(actorId, "actorId");
        requireNonNull(actorRole, "actorRole");
        requireNonNull(purpose, "purpose");
        requireNonNull(resource, "resource");
        requireNonNull(accessedAt, "accessedAt");
    }

    @Override
    public String partitionKey() {
        return subjectId;
    }
}
