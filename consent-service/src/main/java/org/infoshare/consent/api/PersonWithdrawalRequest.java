package org.infoshare.consent.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * The person's own withdrawal (issue 13 item 4(a)): the whole consent, or some of its purposes
 * and/or named recipients. The channel is WEB, always.
 */
public record PersonWithdrawalRequest(
        @NotNull UUID consentId,
        @NotNull Boolean whole,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> purposes,
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> recipientPartnerIds) {
}
