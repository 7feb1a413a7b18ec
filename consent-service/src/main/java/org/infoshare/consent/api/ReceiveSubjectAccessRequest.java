package org.infoshare.consent.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import org.infoshare.consent.domain.SubjectAccessRequest;

import java.time.Instant;

/** A subject access request as staff record it, however the person made it (P12.2). */
public record ReceiveSubjectAccessRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9-]{8,64}", message = "must be a pseudonymous subject id")
        String subjectId,
        @NotNull SubjectAccessRequest.RequestChannel channel,
        @NotNull @PastOrPresent Instant receivedAt) {
}
