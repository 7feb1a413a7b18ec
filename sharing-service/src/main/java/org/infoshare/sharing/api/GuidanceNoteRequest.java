package org.infoshare.sharing.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.infoshare.sharing.domain.SmallProviderKind;

import java.util.List;

/** The next version of the guidance notes for one kind of small provider (P1.3). */
public record GuidanceNoteRequest(
        @NotNull SmallProviderKind smallProviderKind,
        @NotEmpty @Size(max = 50) List<@NotNull @Pattern(regexp = Tokens.CODE, message = Tokens.CODE_MESSAGE) String> purposes,
        @NotEmpty @Size(max = 100) List<@NotNull @Pattern(regexp = Tokens.CODE, message = Tokens.CODE_MESSAGE) String> dataCategories,
        @NotBlank @Size(max = 2000) String methodOfDisclosure,
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 500) String> securityMeasures,
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 500) String> limitsOnUse,
        @NotNull @Min(1) @Max(3650) Integer staleConsentAfterDays) {
}
