package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;

import java.util.List;
import java.util.Optional;

/**
 * P9.1: adequate, relevant, not excessive: only the data categories the governing protocol (or
 * guidance note) allows for the purpose are shared.
 */
public final class DataCategoryRule {

    public static final String ID = "P9.1";

    private DataCategoryRule() {
    }

    public static Optional<RuleResult> check(ShareContext context) {
        Optional<Agreement> agreement = context.flow().agreement();
        if (agreement.isEmpty()) {
            return Optional.empty(); // no agreement: the flow is refused under P1.2/P1.3 already
        }
        List<String> excess = context.request().dataCategories().stream()
                .filter(category -> !agreement.get().dataCategories().contains(category)).toList();
        return Optional.of(excess.isEmpty()
                ? RuleResult.satisfied(ID, "only categories the purpose allows")
                : RuleResult.refuse(ID, "categories the purpose does not allow: " + String.join(", ", excess)));
    }
}
