package org.infoshare.breach.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerReportRuleTest {

    private static final Reporter PARTNER_A = new Reporter("partner-a-system", Reporter.Kind.PARTNER, Optional.of("partner-a"));
    private static final Reporter STAFF = new Reporter("staff-1", Reporter.Kind.STAFF, Optional.empty());
    private static final UUID TO_A = UUID.randomUUID();
    private static final UUID TO_B = UUID.randomUUID();
    private static final UUID UNKNOWN = UUID.randomUUID();
    private static final Map<UUID, String> RECIPIENTS = Map.of(TO_A, "partner-a", TO_B, "partner-b");

    @Test
    @DisplayName("P14.1 a partner may name the releases made to it")
    void partnerNamesItsOwnReleases() {
        assertThat(PartnerReportRule.foreignReleases(PARTNER_A, List.of(TO_A), RECIPIENTS)).isEmpty();
        assertThat(PartnerReportRule.foreignReleases(PARTNER_A, List.of(), RECIPIENTS)).isEmpty();
    }

    @Test
    @DisplayName("P14.1 a partner naming another partner's release is refused, the release named in the reason")
    void partnerNamingAnotherPartnersReleaseIsRefused() {
        assertThat(PartnerReportRule.foreignReleases(PARTNER_A, List.of(TO_A, TO_B), RECIPIENTS))
                .hasValueSatisfying(reason -> assertThat(reason.describe()).startsWith("P14.1").contains(TO_B.toString())
                        .doesNotContain(TO_A.toString()));
    }

    @Test
    @DisplayName("P14.1 a partner naming a release this service does not know is refused: it cannot be shown to be its own")
    void unknownReleaseIsRefused() {
        assertThat(PartnerReportRule.foreignReleases(PARTNER_A, List.of(UNKNOWN), RECIPIENTS))
                .hasValueSatisfying(reason -> assertThat(reason.explanation()).contains(UNKNOWN.toString()));
    }

    @Test
    @DisplayName("P14.1 staff and the DPO may name any release")
    void staffNameAnyRelease() {
        assertThat(PartnerReportRule.foreignReleases(STAFF, List.of(TO_B, UNKNOWN), RECIPIENTS)).isEmpty();
    }

    @Test
    @DisplayName("P14.2 a partner's report makes the organisation aware when it arrives; staff give the time themselves")
    void awarenessStartsTheClock() {
        Instant stated = Instant.parse("2026-11-28T09:00:00Z");
        Instant reported = Instant.parse("2026-11-30T09:00:00Z");
        assertThat(PartnerReportRule.awareness(PARTNER_A, stated, reported)).isEqualTo(reported);
        assertThat(PartnerReportRule.awareness(STAFF, stated, reported)).isEqualTo(stated);
        assertThat(PartnerReportRule.awareness(new Reporter("dpo-1", Reporter.Kind.DPO, Optional.empty()), stated, reported))
                .isEqualTo(stated);
    }
}
