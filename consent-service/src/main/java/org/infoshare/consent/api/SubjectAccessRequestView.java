package org.infoshare.consent.api;

import org.infoshare.consent.domain.SubjectAccessRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A subject access request as staff see it. */
public record SubjectAccessRequestView(UUID id, String subjectId, String channel, Instant receivedAt,
                                       LocalDate dueDate) {

    static SubjectAccessRequestView of(SubjectAccessRequest request) {
        return new SubjectAccessRequestView(request.id(), request.subjectId(), request.channel().name(),
                request.receivedAt(), request.dueDate());
    }
}
