package org.infoshare.sharing.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.infoshare.events.vocabulary.Article9Condition;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.events.vocabulary.RecipientResponse;
import org.infoshare.sharing.domain.LawfulCondition;
import org.infoshare.sharing.domain.RecipientAnswer;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.util.Optional;

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

    /** The answer; P4.1: an Art. 9(2) condition alone names no Art. 6(1) basis (422). */
    RecipientAnswer answer() {
        return new RecipientAnswer(response, condition(),
                Optional.ofNullable(justification).map(String::strip).filter(s -> !s.isEmpty()));
    }

    private Optional<LawfulCondition> condition() {
        if (lawfulBasis == null) {
            if (article9Condition != null) {
                throw new ProblemException(ProblemType.UNPROCESSABLE,
                        "P4.1: an Art. 9(2) condition goes with the Art. 6(1) basis it supports (lawfulBasis)");
            }
            return Optional.empty();
        }
        return Optional.of(new LawfulCondition(lawfulBasis, Optional.ofNullable(article9Condition)));
    }
}
