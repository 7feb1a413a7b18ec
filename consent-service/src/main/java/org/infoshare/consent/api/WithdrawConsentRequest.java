package org.infoshare.consent.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.infoshare.events.vocabulary.ContactChannel;

import java.time.Instant;
import java.util.List;

/**
 * A withdrawal by any channel (P6.8): {@code whole}, or the purposes and/or recipients withdrawn.
 * {@code withdrawnAt} defaults to now.
 */
public record WithdrawConsentRequest(
        @NotNull Boolean whole,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> purposes,
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> recipientPartnerIds,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> recipientPartnerKinds,
        @NotNull ContactChannel channel,
        @PastOrPresent Instant withdrawnAt,
        @Size(max = 2000) String notes) {
}
