package org.infoshare.sharing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.infoshare.events.vocabulary.SafeguardingRoute;
import org.infoshare.sharing.domain.SafeguardingReferral;

/**
 * A safeguarding concern to refer to the local safeguarding team (P3.1): {@code safeguardingTeam}
 * is the id of a registered SAFEGUARDING_TEAM partner taking the {@code route} (CHILDREN, ADULTS);
 * {@code concern} is the account of what was seen or told, kept encrypted and shown only to the team.
 */
public record ReferSafeguardingRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9-]{8,64}", message = "must be a pseudonymous subject id")
        String subjectId,
        @NotNull @Pattern(regexp = Tokens.CODE, message = "must be a partner id")
        String safeguardingTeam,
        @NotNull SafeguardingRoute route,
        @NotNull SafeguardingReferral.Category category,
        @NotBlank @Size(max = SafeguardingReferral.MAX_CONCERN_LENGTH) String concern) {

    /** The account of the concern is personal data: never in a log line. */
    @Override
    public String toString() {
        return "ReferSafeguardingRequest[" + safeguardingTeam + ", " + route + ", " + category + "]";
    }
}
