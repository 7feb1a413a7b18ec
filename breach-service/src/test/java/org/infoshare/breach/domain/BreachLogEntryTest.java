package org.infoshare.breach.domain;

import org.infoshare.events.vocabulary.BreachReportKind;
import org.infoshare.events.vocabulary.Likelihood;
import org.infoshare.events.vocabulary.RiskLevel;
import org.infoshare.events.vocabulary.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BreachLogEntryTest {

    @Test
    @DisplayName("Art33(5) a breach not reported to the ICO is logged with its facts, effects, the reasons for not reporting and the remedial action")
    void notReportableBreachIsLogged() {
        BreachReport report = Samples.report();
        RiskAssessment noRisk = RiskAssessment.of(report.id(), Likelihood.REMOTE, Severity.MINIMAL,
                List.of("recipient is a partner under a protocol"), "none expected",
                "sent to a care home bound by our protocol, which deleted it the same day", "dpo-1", Samples.AWARE);
        Breach breach = new Breach(report, Samples.status(RiskLevel.NO_RISK, null, null));

        BreachLogEntry entry = BreachLogEntry.of(breach, Optional.of(noRisk), List.of(),
                List.of(Samples.action(ActionKind.PREVENTION, true)), AffectedParties.none(), 0);

        assertThat(entry.whatHappened()).isEqualTo(report.summary());
        assertThat(entry.awareAt()).isEqualTo(report.awareAt());
        assertThat(entry.riskLevel()).isEqualTo("NO_RISK");
        assertThat(entry.likelyConsequences()).isEqualTo("none expected");
        assertThat(entry.reportToIco()).isEqualTo("no");
        assertThat(entry.decisionReasons()).contains("deleted it the same day");
        assertThat(entry.icoReportedAt()).isEmpty();
        assertThat(entry.remedialActions()).singleElement().asString().startsWith("PREVENTION").contains("done");
    }

    @Test
    @DisplayName("Art33(5) a breach not yet assessed is logged too, saying so")
    void unassessedBreachIsLogged() {
        BreachLogEntry entry = BreachLogEntry.of(new Breach(Samples.report(), BreachStatus.open()), Optional.empty(),
                List.of(), List.of(), AffectedParties.none(), 0);
        assertThat(entry.state()).isEqualTo("OPEN");
        assertThat(entry.riskLevel()).isEqualTo(BreachLogEntry.NOT_ASSESSED);
        assertThat(entry.reportToIco()).isEqualTo(BreachLogEntry.NOT_ASSESSED);
        assertThat(entry.remedialActions()).isEmpty();
    }

    @Test
    @DisplayName("Art33(5) a reported breach is logged with the numbers and time of the initial ICO report and any delay reasons")
    void reportedBreachIsLogged() {
        BreachReport report = Samples.report();
        RiskAssessment risk = Samples.assessment(report.id(), Likelihood.POSSIBLE, Severity.SIGNIFICANT);
        IcoReportContent content = new IcoReportContent("x", "y", report.occurredAt(), report.awareAt(), false,
                List.of("people"), 40, List.of("health"), 55, List.of("partner-a"), RiskLevel.RISK, "c", "t", "p", "n");
        IcoReport initial = new IcoReport(UUID.randomUUID(), report.id(), BreachReportKind.INITIAL, true,
                Optional.of("found late"), Optional.empty(), content, "dpo-1", report.clock().deadline().plusSeconds(60));

        BreachLogEntry entry = BreachLogEntry.of(new Breach(report, Samples.status(RiskLevel.RISK, initial.reportedAt(),
                null)), Optional.of(risk), List.of(initial), List.of(), AffectedParties.none(), 0);

        assertThat(entry.reportToIco()).isEqualTo("yes");
        assertThat(entry.approximateSubjects()).isEqualTo(40);
        assertThat(entry.approximateRecords()).isEqualTo(55);
        assertThat(entry.icoReportedAt()).contains(initial.reportedAt());
        assertThat(entry.reportedLate()).isTrue();
        assertThat(entry.delayReasons()).contains("found late");
    }
}
