package org.infoshare.breach.domain;

import org.infoshare.events.breach.BreachActionCompleted;
import org.infoshare.events.breach.BreachActionRecorded;
import org.infoshare.events.breach.BreachAssessed;
import org.infoshare.events.breach.BreachClosed;
import org.infoshare.events.breach.BreachEscalated;
import org.infoshare.events.breach.BreachNoticeRequested;
import org.infoshare.events.breach.BreachReported;
import org.infoshare.events.breach.BreachSuspected;
import org.infoshare.events.breach.IndividualsNotified;
import org.infoshare.events.retention.RecordErased;
import org.infoshare.events.vocabulary.ErasureAction;
import org.infoshare.events.vocabulary.ReporterKind;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/** Translates breach-service's domain into the shared event contract. */
public final class BreachEventMapper {

    private static final String SERVICE = "breach-service";

    private BreachEventMapper() {
    }

    /**
     * @param releaseIds the releases named by the report, or for a partner-and-window report the
     *                   releases to that partner in the window known when it was reported
     */
    public static BreachSuspected suspected(BreachReport report, List<UUID> releaseIds) {
        return new BreachSuspected(report.id(), ReporterKind.valueOf(report.reporter().kind().name()),
                report.reporter().partnerId().orElse(null), report.occurredAt(), report.awareAt(),
                report.cyberIncident(), report.dataCategories(), releaseIds, report.reportedAt(), report.contractId());
    }

    public static BreachAssessed assessed(RiskAssessment assessment, BreachReport breach) {
        return new BreachAssessed(assessment.breachId(), assessment.likelihood(), assessment.severity(),
                assessment.riskLevel(), assessment.reportable(), breach.clock().deadline(), assessment.assessedBy(),
                assessment.assessedAt());
    }

    public static BreachReported reported(IcoReport report) {
        return new BreachReported(report.breachId(), report.kind(), report.late(),
                report.content().approximateSubjects(), report.content().approximateRecords(), report.reportedAt());
    }

    /** Asks consent-service to address and send one notice; carries generic text and a subject id only. */
    public static BreachNoticeRequested requested(IndividualNotice notice) {
        return new BreachNoticeRequested(notice.breachId(), notice.id(), notice.subjectId(), notice.advice(),
                notice.supportOffered(), notice.preferredChannel().orElse(null), notice.preparedAt());
    }

    public static IndividualsNotified notified(IndividualNotice notice) {
        return new IndividualsNotified(notice.breachId(), notice.id(), notice.subjectId(), notice.channel().orElseThrow(),
                notice.sentAt().orElseThrow());
    }

    /** X1 (P14.4): the description and the owner stay in breach-service. */
    public static BreachActionRecorded actionRecorded(RemedialAction action, String by) {
        return new BreachActionRecorded(action.breachId(), action.id(), action.kind().name(), action.dueOn(), by,
                action.createdAt());
    }

    /** X1 (P14.4): the outcome text stays in breach-service. */
    public static BreachActionCompleted actionCompleted(RemedialAction action, String by) {
        return new BreachActionCompleted(action.breachId(), action.id(), action.kind().name(), by,
                action.doneAt().orElseThrow());
    }

    /** X1 (P14.2): one escalation point of the ICO clock reached. */
    public static BreachEscalated escalated(UUID breachId, Duration beforeDeadline, Instant deadline, Instant at) {
        return new BreachEscalated(breachId, beforeDeadline.toMinutes(), deadline, at);
    }

    public static BreachClosed closed(UUID breachId, int actionsCompleted, Instant closedAt) {
        return new BreachClosed(breachId, actionsCompleted, closedAt);
    }

    /** P13.1: a record retention removed, as the audit trail's proof (ids only, never what it held). */
    public static RecordErased erased(ErasedRecord record, Period retentionPeriod, Instant at) {
        return new RecordErased(SERVICE, record.kind().configName(), record.recordId(), record.subjectId(),
                ErasureAction.valueOf(record.action().name()), retentionPeriod.toString(), at);
    }
}
