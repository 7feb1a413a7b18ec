package org.infoshare.consent.domain;

import org.infoshare.rules.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PersonLinkRuleTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private static PersonLink link(Optional<Instant> usedAt, Instant expiresAt, Optional<Instant> sessionEnds) {
        return new PersonLink(UUID.randomUUID(), "subject-1234", PersonLink.PERSON_ACCESS, "staff-1",
                NOW.minus(Duration.ofDays(1)), expiresAt, usedAt, sessionEnds);
    }

    @Test
    @DisplayName("I13.4a an unused link before it expires is redeemed")
    void unusedUnexpiredRedeems() {
        assertThat(PersonLinkRule.redeem(link(Optional.empty(), NOW.plusSeconds(1), Optional.empty()), NOW).effect())
                .isEqualTo(RuleResult.Effect.SATISFIED);
    }

    @Test
    @DisplayName("I13.4a a used link is refused as already used, even before it expires")
    void usedIsRefused() {
        RuleResult result = PersonLinkRule.redeem(link(Optional.of(NOW.minusSeconds(60)), NOW.plusSeconds(60),
                Optional.of(NOW.plusSeconds(600))), NOW);
        assertThat(result.effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(result.cause()).isEqualTo(RuleResult.Cause.STATE);
        assertThat(result.explanation()).contains("already been used");
        assertThat(result.ruleId()).isEqualTo("I13.4a");
    }

    @Test
    @DisplayName("I13.4a a link at or after its expiry is refused as expired")
    void expiredIsRefused() {
        assertThat(PersonLinkRule.redeem(link(Optional.empty(), NOW, Optional.empty()), NOW).explanation())
                .contains("expired");
    }

    @Test
    @DisplayName("I13.4a a link bound to another purpose is refused")
    void otherPurposeIsRefused() {
        PersonLink other = new PersonLink(UUID.randomUUID(), "subject-1234", "SOMETHING_ELSE", "staff-1", NOW,
                NOW.plusSeconds(60), Optional.empty(), Optional.empty());
        assertThat(PersonLinkRule.redeem(other, NOW).effect()).isEqualTo(RuleResult.Effect.REFUSE);
    }

    @Test
    @DisplayName("I13.4a a session works until it ends, and not for a link never redeemed")
    void sessionWorksUntilItEnds() {
        assertThat(PersonLinkRule.useSession(link(Optional.of(NOW), NOW.plusSeconds(60),
                Optional.of(NOW.plusSeconds(1))), NOW).effect()).isEqualTo(RuleResult.Effect.SATISFIED);
        assertThat(PersonLinkRule.useSession(link(Optional.of(NOW), NOW.plusSeconds(60),
                Optional.of(NOW)), NOW).effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(PersonLinkRule.useSession(link(Optional.empty(), NOW.plusSeconds(60), Optional.empty()), NOW)
                .effect()).isEqualTo(RuleResult.Effect.REFUSE);
    }
}
