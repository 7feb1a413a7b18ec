package org.infoshare.breach.domain;

import org.infoshare.events.audit.MisuseEscalated;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * P15.2 -> P14.1: a misuse report the DPO escalated in audit-service becomes a suspected breach,
 * reported by that DPO, aware from the escalation (which starts the ICO clock), begun no later
 * than the first read behind the report. The breach id is derived from the report id, so one
 * report opens one breach however often its event arrives. No release is named: the people read
 * are in audit-service's report, not here.
 */
public final class MisuseReportBreach {

    public static final String SOURCE = "misuse-report";

    private MisuseReportBreach() {
    }

    public static UUID breachId(UUID reportId) {
        return UUID.nameUUIDFromBytes((SOURCE + ":" + reportId).getBytes(StandardCharsets.UTF_8));
    }

    public static BreachReport suspected(MisuseEscalated escalated, Instant now, String contractId) {
        Instant aware = escalated.escalatedAt().isAfter(now) ? now : escalated.escalatedAt();
        Instant occurred = escalated.firstReadAt().isAfter(aware) ? aware : escalated.firstReadAt();
        String summary = "Unusual access to personal data found by audit-service (misuse report "
                + escalated.reportId() + ", rule " + escalated.rule() + ", " + escalated.subjectCount()
                + " people read between " + escalated.firstReadAt() + " and " + escalated.lastReadAt()
                + "), escalated by the DPO";
        return new BreachReport(breachId(escalated.reportId()),
                new Reporter(escalated.decidedBy(), Reporter.Kind.DPO, Optional.empty()), Certainty.SUSPECTED,
                summary, SOURCE, occurred, aware, false, List.of(), new BreachScope(List.of(), Optional.empty()), now,
                escalated.escalatedAt(), contractId);
    }
}
