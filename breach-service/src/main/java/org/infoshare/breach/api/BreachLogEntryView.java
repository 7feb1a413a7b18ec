package org.infoshare.breach.api;

import org.infoshare.breach.domain.BreachLogEntry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of the internal breach log (Art. 33(5)): facts, effects, the reporting decision, remedial action. */
public record BreachLogEntryView(UUID breachId, String contractId, String state, Instant reportedAt, String certainty,
                                 String reporterKind, String whatHappened, String howDiscovered, Instant occurredAt,
                                 Instant awareAt, boolean cyberIncident, List<String> dataCategories,
                                 String riskLevel, String likelyConsequences, int approximateSubjects,
                                 int approximateRecords, List<String> recipientsInvolved, String reportToIco,
                                 String decisionReasons, Instant icoDeadline, Instant icoReportedAt,
                                 boolean reportedLate, String delayReasons, int individualsNotified,
                                 List<String> remedialActions, Instant closedAt) {

    static BreachLogEntryView of(BreachLogEntry e) {
        return new BreachLogEntryView(e.breachId(), e.contractId(), e.state(), e.reportedAt(), e.certainty(), e.reporterKind(),
                e.whatHappened(), e.howDiscovered(), e.occurredAt(), e.awareAt(), e.cyberIncident(),
                e.dataCategories(), e.riskLevel(), e.likelyConsequences(), e.approximateSubjects(),
                e.approximateRecords(), e.recipientsInvolved(), e.reportToIco(), e.decisionReasons(),
                e.icoDeadline(), e.icoReportedAt().orElse(null), e.reportedLate(), e.delayReasons().orElse(null),
                e.individualsNotified(), e.remedialActions(), e.closedAt().orElse(null));
    }

    static final List<String> CSV_HEADER = List.of("breachId", "contractId", "state", "reportedAt", "certainty", "reporterKind",
            "whatHappened", "howDiscovered", "occurredAt", "awareAt", "cyberIncident", "dataCategories", "riskLevel",
            "likelyConsequences", "approximateSubjects", "approximateRecords", "recipientsInvolved", "reportToIco",
            "decisionReasons", "icoDeadline", "icoReportedAt", "reportedLate", "delayReasons", "individualsNotified",
            "remedialActions", "closedAt");

    List<Object> csvValues() {
        return java.util.Arrays.asList(breachId, contractId, state, reportedAt, certainty, reporterKind, whatHappened,
                howDiscovered, occurredAt, awareAt, cyberIncident, String.join("; ", dataCategories), riskLevel,
                likelyConsequences, approximateSubjects, approximateRecords, String.join("; ", recipientsInvolved),
                reportToIco, decisionReasons, icoDeadline, icoReportedAt, reportedLate, delayReasons,
                individualsNotified, String.join(" | ", remedialActions), closedAt);
    }
}
