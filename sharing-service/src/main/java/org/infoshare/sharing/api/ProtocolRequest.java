package org.infoshare.sharing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.infoshare.events.vocabulary.ReleaseChannel;

import java.time.LocalDate;
import java.util.List;

/** An information sharing protocol as the DPO drafts it (P1.2). */
public record ProtocolRequest(
        @NotNull @Pattern(regexp = Tokens.CODE, message = Tokens.CODE_MESSAGE) String partnerId,
        @NotNull @Pattern(regexp = Tokens.CODE, message = Tokens.CODE_MESSAGE) String purpose,
        @NotBlank @Size(max = 2000) String triggerCircumstances,
        @Valid @NotNull Method method,
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 500) String> securityMeasures,
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 500) String> limitsOnUse,
        @NotEmpty @Size(max = 100) List<@NotNull @Pattern(regexp = Tokens.CODE, message = Tokens.CODE_MESSAGE) String> dataCategories,
        @NotNull @Min(1) @Max(3650) Integer staleConsentAfterDays,
        @NotNull LocalDate reviewDate) {

    /** How information transfers: channel, who of ours sends it, and the named person who receives it. */
    public record Method(@NotNull ReleaseChannel channel,
                         @NotBlank @Size(max = 200) String sender,
                         @NotBlank @Size(max = 200) String namedRecipient) {
    }
}
