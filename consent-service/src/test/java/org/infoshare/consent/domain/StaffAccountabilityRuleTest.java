package org.infoshare.consent.domain;

import org.infoshare.rules.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StaffAccountabilityRuleTest {

    private static final Instant REGISTERED = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    @DisplayName("P15.1 a staff member who acknowledged the version in force and has training is in good standing")
    void acknowledgedAndTrainedIsInGoodStanding() {
        StaffStanding standing = new StaffStanding("s-1", REGISTERED, Optional.of(REGISTERED.plusSeconds(60)),
                Optional.of(LocalDate.of(2026, 1, 6)), Optional.of("Data protection induction"));

        assertThat(StaffAccountabilityRule.outstanding(standing, "2020-03-24")).isEmpty();
    }

    @Test
    @DisplayName("P15.1 a staff member without an acknowledgement of the version in force nor training owes both")
    void newStaffOweAcknowledgementAndTraining() {
        StaffStanding standing = new StaffStanding("s-1", REGISTERED, Optional.empty(), Optional.empty(), Optional.empty());

        var gaps = StaffAccountabilityRule.outstanding(standing, "2020-03-24");

        assertThat(gaps).extracting(RuleResult::explanation)
                .containsExactly("has not acknowledged policy version 2020-03-24", "has no recorded training");
        assertThat(gaps).allSatisfy(gap -> {
            assertThat(gap.ruleId()).isEqualTo("P15.1");
            assertThat(gap.cause()).isEqualTo(RuleResult.Cause.STATE);
        });
    }

    @Test
    @DisplayName("P15.1 training alone does not stand for acknowledging the policy")
    void trainingWithoutAcknowledgementIsOutstanding() {
        StaffStanding standing = new StaffStanding("s-1", REGISTERED, Optional.empty(),
                Optional.of(LocalDate.of(2026, 1, 6)), Optional.of("Induction"));

        assertThat(StaffAccountabilityRule.outstanding(standing, "2026-1")).extracting(RuleResult::explanation)
                .containsExactly("has not acknowledged policy version 2026-1");
    }

    @Test
    @DisplayName("P15.1 only the policy version in force can be acknowledged")
    void onlyTheVersionInForce() {
        assertThat(StaffAccountabilityRule.acknowledgement("2020-03-24", "2020-03-24").refused()).isFalse();
        RuleResult old = StaffAccountabilityRule.acknowledgement("2019-01-01", "2020-03-24");
        assertThat(old.refused()).isTrue();
        assertThat(old.cause()).isEqualTo(RuleResult.Cause.INPUT);
        assertThat(old.explanation()).contains("2019-01-01", "2020-03-24");
    }
}
