package org.infoshare.sharing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.infoshare.events.vocabulary.LegalRecipientKind;
import org.infoshare.events.vocabulary.NotToldReason;

/**
 * The DPO's record of a one-off disclosure under a legal duty (P2.1). {@code orderReference},
 * {@code justification} and {@code notToldReason} are checked by the policy rules (422 naming them
 * when missing), the rest by shape (400).
 *
 * @param recipientOrganisation the receiving body, e.g. "Northampton Crown Court": an organisation, not a person
 * @param identifiable          true when the order requires the person's identity (prepared by consent-service)
 * @param tellSubject           whether the person is told of the disclosure
 * @param notToldReason         why not, when they are not told
 */
public record LegalDisclosureBody(
        @NotNull @Pattern(regexp = "[A-Za-z0-9-]{8,64}", message = "must be a pseudonymous subject id")
        String subjectId,
        @NotNull LegalRecipientKind recipientKind,
        @NotBlank @Size(max = 200) String recipientOrganisation,
        @Size(max = 200) String orderReference,
        @NotNull Boolean identifiable,
        @Size(max = 4000) String justification,
        @NotNull Boolean tellSubject,
        NotToldReason notToldReason) {
}
