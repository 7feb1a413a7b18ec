package org.infoshare.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering every service keeps (DESIGN.md, "Code layout"): a framework-free domain (which also
 * maps its changes to event records), entities that never leave persistence, services that never
 * call back into inbound messaging, transactions that begin in services, not in resources, and
 * policy rules that answer with the shared {@code RuleResult} (issue 11).
 */
public final class ServiceArchitecture {

    private static final String RULE_RESULT = "org.infoshare.rules.RuleResult";
    private static final Set<String> CONTAINERS = Set.of(List.class.getName(), Optional.class.getName(),
            Set.class.getName(), java.util.Collection.class.getName());
    private static final Pattern VERDICT_NAME = Pattern.compile("check|problem|refus");

    private ServiceArchitecture() {
    }

    /** Checks every rule against the production classes under {@code root}; fails listing each breach. */
    public static void check(String root) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
        rules(root).forEach(rule -> rule.check(classes));
    }

    public static List<ArchRule> rules(String root) {
        return List.of(
                classes().that().resideInAPackage(root + ".domain..")
                        .should().onlyDependOnClassesThat()
                        .resideInAnyPackage("java..", root + ".domain..", "org.infoshare.events..", "org.infoshare.rules..",
                                "jakarta.validation.constraints..", "jakarta.annotation..")
                        .as("the domain of " + root + " uses no framework beyond annotations"),
                noClasses().that().resideOutsideOfPackage(root + ".persistence..")
                        .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                        .as("entities of " + root + " never leave persistence"),
                noClasses().that().resideInAPackage(root + ".api..")
                        .should().dependOnClassesThat().resideInAPackage(root + ".persistence..")
                        .as("resources of " + root + " go through a service, never to a repository"),
                noClasses().that().resideInAPackage(root + ".service..")
                        .should().dependOnClassesThat().resideInAPackage(root + ".messaging..")
                        .as("services of " + root + " never call back into messaging: outbound event mappers live in the domain"),
                methods().that().areDeclaredInClassesThat().resideInAPackage(root + ".api..")
                        .should().notBeAnnotatedWith("io.quarkus.hibernate.reactive.panache.common.WithTransaction")
                        .as("transactions of " + root + " begin in services, never in resources"),
                rulesAnswerWithRuleResult(root));
    }

    /** Policy rules (public static methods of *Rule classes in the domain) answer with RuleResult. */
    public static ArchRule rulesAnswerWithRuleResult(String root) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(root + ".domain..")
                .and().areDeclaredInClassesThat().haveSimpleNameEndingWith("Rule")
                .and().arePublic().and().areStatic()
                .should(speakRuleResult())
                .as("policy rules of " + root + " answer with org.infoshare.rules.RuleResult (issue 11: "
                        + "no verdicts as strings, no rule-result type of their own)")
                .allowEmptyShould(true);
    }

    /**
     * A rule's verdict is a RuleResult, alone or in an Optional or List. A verdict method (named
     * check..., problem... or refus...) must return one of those; no public method of a rule returns
     * text in a container (List/Optional/Set of String: ids hidden in the text) or a type of its own
     * named like a verdict (...Refusal, ...Finding). Helpers returning a value (a date, a flag, the
     * advice text) stay free.
     */
    static ArchCondition<JavaMethod> speakRuleResult() {
        return new ArchCondition<>("return a RuleResult, Optional<RuleResult> or List<RuleResult> for a verdict") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                JavaType returned = method.getReturnType();
                String raw = returned.toErasure().getName();
                Optional<String> element = returned instanceof JavaParameterizedType parameterized
                        && parameterized.getActualTypeArguments().size() == 1
                        ? Optional.of(parameterized.getActualTypeArguments().get(0).toErasure().getName())
                        : Optional.empty();
                boolean result = raw.equals(RULE_RESULT)
                        || (CONTAINERS.contains(raw) && element.filter(RULE_RESULT::equals).isPresent());
                boolean textVerdict = CONTAINERS.contains(raw) && element.filter(String.class.getName()::equals).isPresent();
                String simple = returned.toErasure().getSimpleName();
                boolean ownVerdictType = !result && (simple.endsWith("Refusal") || simple.endsWith("Finding")
                        || element.filter(e -> e.endsWith("Refusal") || e.endsWith("Finding")).isPresent());
                boolean verdictName = VERDICT_NAME.matcher(method.getName()).lookingAt();
                if (textVerdict || ownVerdictType || (verdictName && !result)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns "
                            + returned.getName() + ": a rule's verdict is " + RULE_RESULT
                            + " (alone, in an Optional or in a List)"));
                }
            }
        };
    }
}
