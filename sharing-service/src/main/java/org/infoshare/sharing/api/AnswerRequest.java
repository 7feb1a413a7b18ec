package org.infoshare.sharing.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.infoshare.events.vocabulary.Article9Condition;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.events.vocabulary.RecipientResponse;

/**
 * A recipient's reassessment (P6.8): CEASED_DELETED or CEASED_RETURNED, or CONTINUING with the
 * lawful condition it continues under, from the GDPR vocabulary (P4.1): {@code lawfulBasis}, the
 * Art. 6(1) letter (B-F; not A, the consent withdrawn), and for special category data
 * {@code article9Condition}, the Art. 9(2) letter (B-J); and a justification.
 */
public record AnswerRequest(@NotNull RecipientResponse response,
                            LawfulBasis lawfulBasis,
                            Article9Condition article9Condition,
                            @Size(max = 4000) String justification) {
}
