package org.infoshare.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceArchitectureTest {

    @Test
    @DisplayName("a domain rule answering with text, a verdict type of its own, or a verdict method without RuleResult is a breach; RuleResult in any form and helpers pass")
    void rulesAnswerWithRuleResult() {
        JavaClasses classes = new ClassFileImporter().importPackages("org.infoshare.archsample");

        EvaluationResult result = ServiceArchitecture.rulesAnswerWithRuleResult("org.infoshare.archsample")
                .evaluate(classes);

        assertThat(result.getFailureReport().getDetails())
                .hasSize(4)
                .anySatisfy(d -> assertThat(d).contains("TextRule.problems()"))
                .anySatisfy(d -> assertThat(d).contains("OptionalTextRule.foreignReleases()"))
                .anySatisfy(d -> assertThat(d).contains("OwnTypeRule.problem()"))
                .anySatisfy(d -> assertThat(d).contains("FlagRule.check()"))
                .noneSatisfy(d -> assertThat(d).contains("GoodRule"));
    }
}
