package org.infoshare.breach.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A suspected or confirmed breach as reported by staff, the DPO or a partner (P14.1). */
public record ReportBreachRequest(
        @NotBlank @Size(max = 4000) String summary,
        @NotBlank @Size(max = 1000) String discoveredHow,
        @NotNull @PastOrPresent Instant occurredAt,
        @NotNull @PastOrPresent Instant awareAt,
        @NotNull Boolean cyberIncident,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> dataCategories,
        @NotNull @Size(max = 1000) List<@NotNull UUID> releaseIds) {
}
