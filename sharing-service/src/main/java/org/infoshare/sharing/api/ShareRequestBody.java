package org.infoshare.sharing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.infoshare.events.vocabulary.Article9Condition;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.events.vocabulary.Sensitivity;
import org.infoshare.events.vocabulary.ShareBasis;

import java.util.List;
import java.util.UUID;

/**
 * A request to share data with a partner. Leave {@code subjectId} out for non-personal data (the
 * default, P1.4). Personal data names one basis (P2.1): CONSENT with {@code consentId}, SERIOUS_HARM
 * or PUBLIC_INTEREST, or LEGAL_DUTY with {@code legalReference}; a proportionality judgement
 * (P6.2c); and, only when pseudonymised data cannot serve, {@code identifiable} with its reason
 * (P6.3). A non-consent basis for personal data names its GDPR condition (P4.1): {@code lawfulBasis},
 * the Art. 6(1) letter that fits it (LEGAL_DUTY C; SERIOUS_HARM D, E or F; PUBLIC_INTEREST E or F),
 * and for special category data (health and the like) {@code article9Condition}, the Art. 9(2)
 * letter. The payload is what is released once approved (see {@link PayloadBody}). Policy refusals are decisions (201 with outcome REFUSED and the rule ids), not 4xx.
 */
public record ShareRequestBody(
        @Pattern(regexp = "[A-Za-z0-9-]{8,64}", message = "must be a pseudonymous subject id") String subjectId,
        @NotNull @Pattern(regexp = Tokens.CODE, message = Tokens.CODE_MESSAGE) String partnerId,
        @NotNull @Pattern(regexp = Tokens.CODE, message = Tokens.CODE_MESSAGE) String purpose,
        @NotEmpty @Size(max = 100) List<@NotNull @Pattern(regexp = Tokens.CODE, message = Tokens.CODE_MESSAGE) String> dataCategories,
        @NotNull Boolean identifiable,
        @Size(max = 2000) String identifiableReason,
        @NotNull ShareBasis basis,
        UUID consentId,
        @Size(max = 200) String legalReference,
        LawfulBasis lawfulBasis,
        Article9Condition article9Condition,
        @Size(max = 4000) String proportionality,
        Sensitivity sensitivity,
        @NotNull @Valid PayloadBody payload,
        @Size(max = 64) String contractId) {
}
