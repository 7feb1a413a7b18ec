package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DataCategoryRuleTest {

    @Test
    @DisplayName("P9.1 only the categories the purpose's protocol allows are shared")
    void onlyAllowedCategories() {
        assertThat(DataCategoryRule.check(Shares.context(Shares.categories(Shares.aggregateShare(),
                List.of("experience", "service-used")))).orElseThrow().effect()).isEqualTo(RuleResult.Effect.SATISFIED);
        RuleResult excess = DataCategoryRule.check(Shares.context(Shares.categories(Shares.aggregateShare(),
                List.of("experience", "medication")))).orElseThrow();
        assertThat(excess.effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(excess.explanation()).contains("medication").doesNotContain("experience");
    }
}
