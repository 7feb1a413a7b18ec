package org.infoshare.sharing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.infoshare.events.vocabulary.SafeguardingRoute;
import org.infoshare.sharing.domain.PartnerKind;
import org.infoshare.sharing.domain.SmallProviderKind;

import java.net.URI;
import java.util.List;

/**
 * A partner as the DPO registers or changes it (P1.1). {@code id} is the {@code partner_id} claim
 * of its tokens (ignored on a change, where the path names it). {@code webhookSecret} is
 * write-only: stored encrypted, never answered; leave it out on a change to keep the stored one.
 * {@code safeguardingRoutes} (CHILDREN, ADULTS): the routes a SAFEGUARDING_TEAM takes referrals on,
 * at least one, and only for a safeguarding team (P3.1); a change states them again.
 */
public record PartnerRequest(
        @Pattern(regexp = Tokens.CODE, message = Tokens.CODE_MESSAGE) String id,
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnerKind kind,
        SmallProviderKind smallProviderKind,
        @NotEmpty @Size(max = 50) List<@NotNull @Pattern(regexp = Tokens.CODE, message = Tokens.CODE_MESSAGE) String> purposes,
        URI webhookUrl,
        @Size(min = 32, max = 256) String webhookSecret,
        @Size(max = 2) List<@NotNull SafeguardingRoute> safeguardingRoutes) {
}
