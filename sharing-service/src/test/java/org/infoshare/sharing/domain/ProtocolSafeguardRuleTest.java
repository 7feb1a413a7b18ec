package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.ShareOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.sharing.domain.Agreements.NOW;
import static org.infoshare.sharing.domain.Agreements.TODAY;

/** P5.1: attestations gate regular flows under a protocol; a declared conflict with the law suspends it. */
class ProtocolSafeguardRuleTest {

    private static final Partner TRUST = Agreements.provider("trust-1", "service-improvement");
    private static final Protocol PROTOCOL = Agreements.protocol("trust-1", "service-improvement",
            ProtocolStatus.AGREED, TODAY.plusDays(90));

    private static ShareContext context(ProtocolSafeguards safeguards) {
        return new ShareContext(Shares.consentShare(), Optional.of(TRUST),
                RegularFlowRule.governing(TRUST, "service-improvement", List.of(PROTOCOL), Optional.empty(), Set.of(), TODAY),
                Optional.of(Shares.consent(10)), NOW).withSafeguards(safeguards);
    }

    private static RuleResult finding(ProtocolSafeguards safeguards) {
        return ProtocolSafeguardRule.check(context(safeguards)).orElseThrow();
    }

    private static ProtocolSafeguards attested(boolean security, boolean staff, Duration ago) {
        return new ProtocolSafeguards(List.of(), Optional.of(Agreements.attestation(PROTOCOL, security, staff, NOW.minus(ago))));
    }

    @Test
    @DisplayName("P5.1 a regular flow under a protocol needs the partner's current attestation of both halves")
    void attestationGates() {
        assertThat(finding(ProtocolSafeguards.none()).effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(finding(attested(true, false, Duration.ofDays(1))).effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(finding(attested(false, true, Duration.ofDays(1))).effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(finding(attested(true, true, Duration.ofDays(366))).effect()).as("more than a year old")
                .isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(finding(attested(true, true, Duration.ofDays(364))).effect()).isEqualTo(RuleResult.Effect.SATISFIED);
        Protocol other = Agreements.protocol("trust-1", "research", ProtocolStatus.AGREED, TODAY.plusDays(90));
        ProtocolSafeguards forAnother = new ProtocolSafeguards(List.of(),
                Optional.of(Agreements.attestation(other, true, true, NOW.minus(Duration.ofDays(1)))));
        assertThat(finding(forAnother).effect()).as("another protocol's attestation").isEqualTo(RuleResult.Effect.REFUSE);
    }

    @Test
    @DisplayName("P5.1 an open conflict with the law on the partner's protocol for the purpose refuses the share with P5.1")
    void openConflictRefuses() {
        ConflictDeclaration conflict = new ConflictDeclaration(UUID.randomUUID(), PROTOCOL.id(), "trust-1",
                "Section 4 asks for data the new statute forbids us to pass on", "Health and Care Act 2022 s.4",
                "partner-user-1", NOW.minus(Duration.ofHours(1)));
        ProtocolSafeguards suspended = new ProtocolSafeguards(List.of(conflict),
                attested(true, true, Duration.ofDays(1)).latestAttestation());
        RuleResult found = finding(suspended);
        assertThat(found.effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(found.explanation()).contains("suspended").contains("Health and Care Act 2022 s.4");
        ShareDecision decision = ShareDecisionEngine.decide(context(suspended));
        assertThat(decision.outcome()).isEqualTo(ShareOutcome.REFUSED);
        assertThat(decision.reasons()).containsExactly("P5.1");
    }

    @Test
    @DisplayName("P5.1 an attested protocol without an open conflict lets the share through; guidance-note flows are not its business")
    void attestedPasses() {
        assertThat(ShareDecisionEngine.decide(context(attested(true, true, Duration.ofDays(1)))).outcome())
                .isEqualTo(ShareOutcome.APPROVED);
        Partner pharmacy = Agreements.pharmacy("pharm-1", "service-improvement");
        GuidanceNote note = Agreements.guidance(1, "service-improvement");
        ShareContext underGuidance = new ShareContext(Shares.consentShare(), Optional.of(pharmacy),
                RegularFlowRule.governing(pharmacy, "service-improvement", List.of(), Optional.of(note), Set.of(note.id()),
                        TODAY), Optional.of(Shares.consent(10)), NOW);
        assertThat(ProtocolSafeguardRule.check(underGuidance)).isEmpty();
    }

    @Test
    @DisplayName("P5.1 a conflict is open until the DPO resolves it")
    void resolution() {
        ConflictDeclaration conflict = new ConflictDeclaration(UUID.randomUUID(), PROTOCOL.id(), "trust-1",
                "Section 4 asks for data the new statute forbids us to pass on", "Health and Care Act 2022 s.4",
                "partner-user-1", NOW);
        assertThat(conflict.open()).isTrue();
        assertThat(conflict.resolved(new ConflictDeclaration.Resolution(ConflictDeclaration.Outcome.PROTOCOL_REINSTATED,
                "Section 4 removed from the protocol by agreement", "dpo-1", NOW)).open()).isFalse();
    }
}
