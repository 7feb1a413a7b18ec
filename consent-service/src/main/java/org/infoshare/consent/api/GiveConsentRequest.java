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

/**
 * An explicit act of consent as staff record it (P6.5, P6.6, P6.9), under a Healthwatch contract
 * ({@code contractId}; the configured default when absent, 422 when unknown).
 */
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
        @Valid ProxyRequest proxy,
        @Size(max = 64) String contractId) {

    /** How the explicit act was captured. */
    public record CaptureRequest(@NotNull CaptureChannel channel,
                                 @NotNull @PastOrPresent Instant takenAt,
                                 @Size(max = 200) String witness,
                                 @Size(max = 2000) String notes,
                                 @Size(max = 500) String evidenceReference) {
    }

    /**
     * The proxy's legal authority, for a person who lacks capacity (P6.9). A health and welfare LPA,
     * a court order or a personal welfare deputyship may empower consent; a property-and-affairs LPA
     * or deputyship is refused with 422 and the reason. For a court order or deputyship,
     * {@code scope} is one of {@code PERSONAL_WELFARE}, {@code INFORMATION_SHARING},
     * {@code PROPERTY_AND_AFFAIRS} (the last refused); for an LPA it is the scope in words.
     */
    public record ProxyRequest(@NotNull ProxyAuthority.Kind kind,
                               @NotBlank @Size(max = 200) String reference,
                               @NotBlank @Size(max = 500) String scope,
                               Instant expiresAt,
                               @NotNull @Valid ProxyIdentityRequest identity) {
    }

    /** Who the proxy is (kept only in the vault, encrypted): name, relationship to the person, contact. */
    public record ProxyIdentityRequest(@NotBlank @Size(max = 200) String givenName,
                                       @NotBlank @Size(max = 200) String familyName,
                                       @NotBlank @Size(max = 200) String relationship,
                                       @Size(max = 500) String contact) {
    }
}
