package org.infoshare.breach.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * GDPR Art. 33(5): the controller documents every personal data breach, reportable or not,
 * "comprising the facts relating to the personal data breach, its effects and the remedial action
 * taken", so the ICO can check compliance. One entry per breach, built from what the service holds;
 * for a breach not reported to the ICO the reasons of the assessment say why.
 */
public record BreachLogEntry(
        UUID breachId,
        String contractId,
        String state,
        // facts
        Instant reportedAt,
        String certainty,
        String reporterKind,
        String whatHappened,
        String howDiscovered,
        Instant occurredAt,
        Instant awareAt,
        boolean cyberIncident,
        List<String> dataCategories,
        // effects
        String riskLevel,
        String likelyConsequences,
        int approximateSubjects,
        int approximateRecords,
        List<String> recipientsInvolved,
        // decision on reporting
        String reportToIco,
        String decisionReasons,
        Instant icoDeadline,
        Optional<Instant> icoReportedAt,
        boolean reportedLate,
        Optional<String> delayReasons,
        int individualsNotified,
        // remedial action
        List<String> remedialActions,
        Optional<Instant> closedAt) {

    public static final String NOT_ASSESSED = "not yet assessed";

    public static BreachLogEntry of(Breach breach, Optional<RiskAssessment> assessment, List<IcoReport> reports,
                                    List<RemedialAction> actions, AffectedParties affected, int noticesSent) {
        BreachReport report = breach.report();
        Optional<IcoReport> initial = reports.stream()
                .filter(r -> r.kind() == org.infoshare.events.vocabulary.BreachReportKind.INITIAL).findFirst();
        List<String> recipients = new java.util.ArrayList<>(affected.recipients());
        affected.onwardRecipients().stream().filter(p -> !recipients.contains(p)).forEach(recipients::add);
        String decision = assessment.map(a -> a.reportable() ? "yes" : "no").orElse(NOT_ASSESSED);
        return new BreachLogEntry(report.id(), report.contractId(), breach.status().state(), report.reportedAt(),
                report.certainty().name(), report.reporter().kind().name(), report.summary(), report.discoveredHow(),
                report.occurredAt(), report.awareAt(), report.cyberIncident(), affected.dataCategories(),
                assessment.map(a -> a.riskLevel().name()).orElse(NOT_ASSESSED),
                assessment.map(RiskAssessment::consequences).orElse(NOT_ASSESSED),
                initial.map(r -> r.content().approximateSubjects()).orElse(affected.approximateSubjects()),
                initial.map(r -> r.content().approximateRecords()).orElse(affected.approximateRecords()),
                recipients, decision, assessment.map(RiskAssessment::reasons).orElse(NOT_ASSESSED),
                report.clock().deadline(), initial.map(IcoReport::reportedAt), initial.map(IcoReport::late).orElse(false),
                initial.flatMap(IcoReport::delayReasons), noticesSent,
                actions.stream().map(a -> a.kind() + ": " + a.description() + " [owner " + a.owner() + ", due "
                        + a.dueOn() + ", " + (a.done() ? "done: " + a.outcome().orElse("") : "open") + "]").toList(),
                breach.status().closedAt());
    }
}
