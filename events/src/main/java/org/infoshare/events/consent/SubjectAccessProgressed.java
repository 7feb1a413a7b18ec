package org.infoshare.events.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.vocabulary.SubjectAccessStep;

/**
 * Emitted by consent-service when a subject access request moves on (P12.2): paused, resumed,
 * extended, its answer reviewed or released, or escalated because a part was missing at the
 * deadline. Carries no reason text: only the step and the deadline it leaves.
 *
 * @param requestId The request.
 * @param subjectId Pseudonymous data subject id.
 * @param step What happened.
 * @param at When it happened.
 * @param dueDate Date the answer is due after the step.
 * @param missingParts Services whose part had not arrived (for an escalation); empty otherwise.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SubjectAccessProgressed(
        UUID requestId,
        String subjectId,
        SubjectAccessStep step,
        Instant at,
        LocalDate dueDate,
        List<String> missingParts) implements ConsentEvent {

    public SubjectAccessProgressed {
        requireNonNull(requestId, "requestId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(step, "step");
        requireNonNull(at, "at");
        requireNonNull(dueDate, "dueDate");
        missingParts = List.copyOf(requireNonNull(missingParts, "missingParts"));
    }
}
