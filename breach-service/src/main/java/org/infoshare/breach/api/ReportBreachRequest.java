package org.infoshare.breach.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.infoshare.breach.domain.Certainty;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A suspected or confirmed breach as reported by staff, the DPO or a partner (P14.1). Times are
 * instants with an explicit offset ({@code 2026-03-29T01:30:00Z}, {@code ...+01:00}); a local time
 * without one is refused. It names the releases involved, or a partner and a time window, or
 * neither when no release is concerned.
 *
 * @param certainty suspected (the default) or confirmed
 */
public record ReportBreachRequest(
        Certainty certainty,
        @NotBlank @Size(max = 4000) String summary,
        @NotBlank @Size(max = 1000) String discoveredHow,
        @NotNull @PastOrPresent Instant occurredAt,
        @NotNull @PastOrPresent Instant awareAt,
        @NotNull Boolean cyberIncident,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> dataCategories,
        @Size(max = 1000) List<@NotNull UUID> releaseIds,
        @Valid PartnerWindowRequest window,
        @Size(max = 64) String contractId) {

    /** Every release to {@code partnerId} between {@code from} and {@code to}, both included. */
    public record PartnerWindowRequest(@NotBlank @Size(max = 100) String partnerId, @NotNull Instant from,
                                       @NotNull Instant to) {
    }
}
