package org.infoshare.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering every service keeps (DESIGN.md, "Code layout"): a framework-free domain (which also
 * maps its changes to event records), entities that never leave persistence, services that never
 * call back into inbound messaging, and transactions that begin in services, not in resources.
 */
public final class ServiceArchitecture {

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
                        .as("transactions of " + root + " begin in services, never in resources"));
    }
}
