package org.infoshare.consent.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Staff ask for a person's one-time link to be sent to their contact details in the vault (issue 13 item 4(a)). */
public record IssuePersonLinkRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9-]{8,64}", message = "must be a pseudonymous subject id")
        String subjectId) {
}
