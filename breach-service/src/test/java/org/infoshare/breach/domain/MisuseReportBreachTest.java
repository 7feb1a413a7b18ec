package org.infoshare.breach.domain;

import org.infoshare.events.audit.MisuseEscalated;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MisuseReportBreachTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    @DisplayName("P15.2 an escalated misuse report is a suspected breach reported by the DPO, aware from the escalation, one breach id per report")
    void suspectedBreachFromReport() {
        UUID reportId = UUID.randomUUID();
        MisuseEscalated escalated = new MisuseEscalated(reportId, "bulk-reads", "staff-9", 60,
                NOW.minusSeconds(7200), NOW.minusSeconds(3600), "dpo-1", NOW.minusSeconds(60));
        BreachReport report = MisuseReportBreach.suspected(escalated, NOW, "hw-rutland");
        assertThat(report.id()).isEqualTo(MisuseReportBreach.breachId(reportId))
                .isNotEqualTo(MisuseReportBreach.breachId(UUID.randomUUID()));
        assertThat(report.certainty()).isEqualTo(Certainty.SUSPECTED);
        assertThat(report.reporter().kind()).isEqualTo(Reporter.Kind.DPO);
        assertThat(report.reporter().actorId()).isEqualTo("dpo-1");
        assertThat(report.awareAt()).isEqualTo(NOW.minusSeconds(60));
        assertThat(report.occurredAt()).isEqualTo(NOW.minusSeconds(7200));
        assertThat(report.discoveredHow()).isEqualTo("misuse-report");
        assertThat(report.summary()).contains(reportId.toString()).contains("bulk-reads").doesNotContain("staff-9");
        assertThat(report.scope().releaseIds()).isEmpty();
    }

    @Test
    @DisplayName("P15.2 an escalation stamped after the service's clock is aware now, never in the future (the ICO clock)")
    void neverAwareInTheFuture() {
        MisuseEscalated escalated = new MisuseEscalated(UUID.randomUUID(), "no-case", "staff-9", 1,
                NOW.plusSeconds(10), NOW.plusSeconds(20), "dpo-1", NOW.plusSeconds(30));
        BreachReport report = MisuseReportBreach.suspected(escalated, NOW, "hw-rutland");
        assertThat(report.awareAt()).isEqualTo(NOW);
        assertThat(report.occurredAt()).isEqualTo(NOW);
    }
}
