package org.infoshare.consent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A person's request for the data held about them (P12.2), taken by any channel and in any
 * words. The person is known here only by the vault's pseudonymous subject id.
 */
public record SubjectAccessRequest(UUID id, String subjectId, RequestChannel channel, Instant receivedAt,
                                   LocalDate dueDate, String recordedBy, Instant recordedAt) {

    public SubjectAccessRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    /** How the request reached the organisation: verbally and in writing both count. */
    public enum RequestChannel { PHONE, LETTER, IN_PERSON, EMAIL, WEB, OTHER }
}
