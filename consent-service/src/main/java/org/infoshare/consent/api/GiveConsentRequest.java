package org.infoshare.consent.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.infoshare.consent.domain.ProxyAuthority;
import org.infoshare.events.vocabulary.Article9Condition;
import org.infoshare.events.vocabulary.CaptureChannel;
import org.infoshare.events.vocabulary.LawfulBasis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An explicit act of consent as staff record it (P6.5, P6.6, P6.9). */
public record GiveConsentRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9-]{8,64}", message = "must be a subject id") String subjectId,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 100) String> purposes,
        @NotNull @Size(max = 30) List<@NotBlank @Size(max = 100) String> dataCategories,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 64) String> recipientPartnerIds,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 64) String> recipientPartnerKinds,
        @NotBlank @Size(max = 2000) String handling,
        @NotNull LawfulBasis lawfulBasis,
        Article9Condition article9Condition,
        @NotNull @Valid CaptureRequest capture,
        @NotNull UUID informationSheetId,
        @Min(1) @Max(3650) Integer reconfirmAfterDays,
        @Future Instant expiresAt,
        @Valid ProxyRequest proxy) {

    /** How the explicit act was captured. */
    public record CaptureRequest(@NotNull CaptureChannel channel,
                                 @NotNull @PastOrPresent Instant takenAt,
                                 @Size(max = 200) String witness,
                                 @Size(max = 2000) String notes,
                                 @Size(max = 500) String evidenceReference) {
    }

    /** The proxy's legal authority, for a person who lacks capacity. */
    public record ProxyRequest(@NotNull ProxyAuthority.Kind kind,
                               @NotBlank @Size(max = 200) String reference,
                               @NotBlank @Size(max = 500) String scope,
                               Instant expiresAt) {
    }
}
