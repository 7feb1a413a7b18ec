package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.Article9Condition;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.events.vocabulary.RecipientResponse;
import org.infoshare.rules.RuleResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * P6.8: a notified recipient records its reassessment: it ceased (deleted or returned the data), or
 * it continues under another named lawful condition, which it must name and justify. P4.1: that
 * condition is from the GDPR vocabulary (Art. 6(1), and Art. 9(2) for special category data), never
 * free text, and not consent: the consent is what was withdrawn.
 */
public record RecipientAnswer(RecipientResponse response, Optional<LawfulCondition> lawfulCondition,
                              Optional<String> justification) {

    public static final String RULE_ID = "P6.8";
    public static final String CONDITION_RULE_ID = LawfulConditionRule.ID;

    /** Problems of the answer alone, as if the data were not special category. */
    public List<RuleResult> problems() {
        return problems(false);
    }

    /** @param specialCategory the release held special category data (health and the like) */
    public List<RuleResult> problems(boolean specialCategory) {
        List<RuleResult> problems = new ArrayList<>();
        if (response == RecipientResponse.CONTINUING) {
            if (lawfulCondition.isEmpty()) {
                problems.add(RuleResult.refuse(RULE_ID, "continuing needs the lawful condition it continues under ("
                        + CONDITION_RULE_ID + ": its Art. 6(1) basis, lawfulBasis)"));
            }
            lawfulCondition.ifPresent(c -> {
                if (c.article6() == LawfulBasis.A) {
                    problems.add(RuleResult.refuse(CONDITION_RULE_ID,
                            "the consent was withdrawn; continuing names another Art. 6(1) basis than (a)"));
                }
                if (c.article9().filter(a -> a == Article9Condition.A).isPresent()) {
                    problems.add(RuleResult.refuse(CONDITION_RULE_ID,
                            "the consent was withdrawn; continuing names another Art. 9(2) condition than (a)"));
                }
                if (specialCategory && c.article9().isEmpty()) {
                    problems.add(RuleResult.refuse(CONDITION_RULE_ID, "the release holds special category data (e.g. health): "
                            + "continuing also names an Art. 9(2) condition (article9Condition)"));
                }
            });
            if (justification.isEmpty()) {
                problems.add(RuleResult.refuse(RULE_ID, "continuing needs a justification"));
            }
        } else if (lawfulCondition.isPresent()) {
            problems.add(RuleResult.refuse(RULE_ID, "a lawful condition is named only when continuing"));
        }
        return problems;
    }
}
