package org.infoshare.consent.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.infoshare.consent.domain.SubjectAccessRequest;

/** Bodies of the steps of a subject access request. */
public final class SubjectAccessSteps {

    private SubjectAccessSteps() {
    }

    /** How the requester's identity was verified, e.g. photo ID seen, known to staff, address check. */
    public record VerifyIdentity(@NotBlank @Size(max = 200) String method) {
    }

    public record Pause(@NotNull SubjectAccessRequest.PauseReason reason) {
    }

    public record Extend(@NotNull @Min(1) @Max(2) Integer months, @NotBlank @Size(max = 1000) String reason) {
    }
}
