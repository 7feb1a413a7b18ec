package org.infoshare.consent.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.Article9Condition;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.events.vocabulary.SpecialCategoryData;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * P4.1: lawful bases use the GDPR vocabulary. A consent record rests on Art. 6(1)(a); when it
 * covers special category data (health and the like) it also needs an Art. 9(2) condition.
 */
public final class LawfulBasisRule {

    public static final String ID = "P4.1";

    /** Data categories that are special category data under Art. 9(1): the shared list in events. */
    public static final Set<String> SPECIAL_CATEGORIES = SpecialCategoryData.CATEGORIES;

    private LawfulBasisRule() {
    }

    public static List<RuleResult> problems(LawfulBasis basis, Optional<Article9Condition> article9,
                                        List<String> dataCategories) {
        List<RuleResult> problems = new ArrayList<>();
        if (basis != LawfulBasis.A) {
            problems.add(RuleResult.refuse(ID, "a consent record rests on Art. 6(1)(a) (consent)"));
        }
        boolean special = SpecialCategoryData.anyIn(dataCategories);
        if (special && article9.isEmpty()) {
            problems.add(RuleResult.refuse(ID, "special category data (e.g. health) needs an Art. 9(2) condition"));
        }
        return problems;
    }
}
