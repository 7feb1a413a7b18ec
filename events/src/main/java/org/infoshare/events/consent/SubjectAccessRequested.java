package org.infoshare.events.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.vocabulary.ContactChannel;

/**
 * Emitted by consent-service when a subject access request is logged, so every service can prepare
 * its export (P12.2).
 *
 * @param requestId The request.
 * @param subjectId Pseudonymous data subject id.
 * @param channel Channel the request came by.
 * @param receivedAt When it was received.
 * @param dueDate Date the answer is due (one calendar month after receipt, or extended).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SubjectAccessRequested(
        UUID requestId,
        String subjectId,
        ContactChannel channel,
        Instant receivedAt,
        LocalDate dueDate) implements ConsentEvent {

    public SubjectAccessRequested {
        requireNonNull(requestId, "requestId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(channel, "channel");
        requireNonNull(receivedAt, "receivedAt");
        requireNonNull(dueDate, "dueDate");
    }
}
