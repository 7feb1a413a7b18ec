package org.infoshare.sharing.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.infoshare.events.vocabulary.RecipientResponse;

/**
 * A recipient's reassessment (P6.8): CEASED_DELETED or CEASED_RETURNED, or CONTINUING with the
 * lawful condition it continues under (e.g. "Art6(1)(c)") and a justification.
 */
public record AnswerRequest(@NotNull RecipientResponse response,
                            @Size(min = 2, max = 200) String lawfulCondition,
                            @Size(max = 4000) String justification) {
}
