package org.infoshare.events.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by consent-service when the identity of a subject access requester is verified, once per
 * request: every other service then prepares its part of the answer (P12.2).
 *
 * @param requestId The request.
 * @param subjectId Pseudonymous data subject id.
 * @param verifiedAt When the identity was verified.
 * @param dueDate Date the answer is due at verification.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SubjectAccessVerified(
        UUID requestId,
        String subjectId,
        Instant verifiedAt,
        LocalDate dueDate) implements ConsentEvent {

    public SubjectAccessVerified {
        requireNonNull(requestId, "requestId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(verifiedAt, "verifiedAt");
        requireNonNull(dueDate, "dueDate");
    }
}
