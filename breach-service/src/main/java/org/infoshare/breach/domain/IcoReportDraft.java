package org.infoshare.breach.domain;

import java.util.List;
import java.util.stream.Collectors;

import org.infoshare.events.vocabulary.RiskLevel;

/**
 * P14.2: pre-fills the ICO report from what the service knows: the breach as reported, the people
 * and records traced from the releases, the latest risk assessment, the remedial actions (done ones
 * are measures taken, open ones measures proposed) and the notices to individuals. The DPO may
 * override any field; the numbers stay approximate, as Art. 33(3)(a) allows.
 */
public final class IcoReportDraft {

    /** The people whose data Healthwatch holds, unless the DPO says more precisely. */
    public static final String DEFAULT_PEOPLE = "people who shared their experience of health and social care services";

    private IcoReportDraft() {
    }

    public static IcoReportContent prefill(BreachReport breach, AffectedParties affected, RiskAssessment assessment,
                                           List<RemedialAction> actions, NoticeCount notices) {
        List<String> recipients = new java.util.ArrayList<>(affected.recipients());
        affected.onwardRecipients().stream().filter(p -> !recipients.contains(p)).forEach(recipients::add);
        return new IcoReportContent(breach.summary(), breach.discoveredHow(), breach.occurredAt(), breach.awareAt(),
                breach.cyberIncident(), List.of(DEFAULT_PEOPLE), affected.approximateSubjects(),
                affected.dataCategories(), affected.approximateRecords(), recipients, assessment.riskLevel(),
                assessment.consequences(), measures(actions, true), measures(actions, false),
                individualsTold(assessment.riskLevel(), notices));
    }

    private static String measures(List<RemedialAction> actions, boolean done) {
        String listed = actions.stream().filter(a -> a.done() == done)
                .map(a -> a.kind() + ": " + a.description() + (done ? "" : " (due " + a.dueOn() + ")"))
                .collect(Collectors.joining("\n"));
        return listed.isEmpty() ? "None recorded yet" : listed;
    }

    private static String individualsTold(RiskLevel risk, NoticeCount notices) {
        if (risk != RiskLevel.HIGH_RISK) {
            return notices.total() == 0
                    ? "No: the risk to them is not assessed as high (Art. 34)"
                    : notices.sent() + " of " + notices.total() + " notified, though the risk to them is not assessed "
                            + "as high (Art. 34)";
        }
        if (notices.total() == 0) {
            return "Not yet: notices are being prepared";
        }
        return notices.sent() + " of " + notices.total() + " notified";
    }

    /** How many notices to individuals exist and how many were sent. */
    public record NoticeCount(int total, int sent) {
    }
}
