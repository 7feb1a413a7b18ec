package org.infoshare.sharing.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.infoshare.sharing.domain.SafeguardingReferral;

/** A safeguarding concern to refer to the local safeguarding team (P3.1). */
public record ReferSafeguardingRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9-]{8,64}", message = "must be a pseudonymous subject id")
        String subjectId,
        @NotNull @Pattern(regexp = "[a-z0-9-]{2,64}", message = "must be a partner id")
        String safeguardingTeam,
        @NotNull SafeguardingReferral.Category category) {
}
