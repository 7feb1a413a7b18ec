package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.RecipientResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * P6.8: a notified recipient records its reassessment: it ceased (deleted or returned the data), or
 * it continues under another named lawful condition, which it must name and justify.
 */
public record RecipientAnswer(RecipientResponse response, Optional<String> lawfulCondition,
                              Optional<String> justification) {

    public static final String RULE_ID = "P6.8";

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (response == RecipientResponse.CONTINUING) {
            if (lawfulCondition.isEmpty()) {
                problems.add(RULE_ID + ": continuing needs the lawful condition it continues under");
            }
            if (justification.isEmpty()) {
                problems.add(RULE_ID + ": continuing needs a justification");
            }
        } else if (lawfulCondition.isPresent()) {
            problems.add(RULE_ID + ": a lawful condition is named only when continuing");
        }
        return problems;
    }
}
