package org.infoshare.consent.api;

import org.infoshare.consent.domain.SubjectAccessRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A subject access request as staff see it: where it stands and when it is due. */
public record SubjectAccessRequestView(UUID id, String subjectId, String channel, Instant receivedAt,
                                       LocalDate dueDate, String status, boolean identityVerified,
                                       String identityMethod, String pausedFor, int pausedDays,
                                       int extensionMonths, String extensionReason) {

    static SubjectAccessRequestView of(SubjectAccessRequest r) {
        return new SubjectAccessRequestView(r.id(), r.subjectId(), r.channel().name(), r.receivedAt(), r.dueDate(),
                r.status().name(), r.identityVerified(),
                r.identity().map(SubjectAccessRequest.IdentityVerification::method).orElse(null),
                r.pause().map(p -> p.reason().name()).orElse(null), r.pausedDays(), r.extensionMonths(),
                r.extensionReason().orElse(null));
    }
}
