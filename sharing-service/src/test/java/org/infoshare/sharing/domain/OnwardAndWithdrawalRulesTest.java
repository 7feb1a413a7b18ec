package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.vocabulary.ContactChannel;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.events.vocabulary.RecipientResponse;
import org.infoshare.events.vocabulary.Sensitivity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** P10.1 onward sharing, P6.8 withdrawal scope and recipients' answers, and webhook retry timing. */
class OnwardAndWithdrawalRulesTest {

    private static Release release(String partnerId, List<String> purposes) {
        return ReleaseBuilder.build(UUID.randomUUID(), Shares.consentShare(), new ReleaseBuilder.Recipient(partnerId,
                subject -> "psn-" + partnerId, purposes, List.of("experience"), Optional.empty(), List.of()), 5, Shares.now());
    }

    private static ShareRequest onwardTo(String recipient, String purpose) {
        return OnwardShare.request(Shares.consentShare(), release("trust-1", List.of("service-improvement")), recipient,
                purpose, "The trust runs the follow-up clinic", "partner-user-1", Shares.now());
    }

    @Test
    void P10_1_an_onward_share_of_a_live_release_for_its_purpose_to_another_partner_needs_the_DPOs_prior_written_consent() {
        RuleResult finding = OnwardSharingRule.check(release("trust-1", List.of("service-improvement")),
                onwardTo("trust-2", "service-improvement"));
        assertThat(finding.ruleId()).isEqualTo("P10.1");
        assertThat(finding.effect()).isEqualTo(RuleResult.Effect.REFER_TO_DPO);
        assertThat(finding.explanation()).contains("prior written consent");
    }

    @Test
    void P10_1_a_release_is_bound_to_its_purposes() {
        RuleResult finding = OnwardSharingRule.check(release("trust-1", List.of("service-improvement")),
                onwardTo("trust-2", "research"));
        assertThat(finding.effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(finding.explanation()).isEqualTo("the release is bound to [service-improvement], not 'research'");
    }

    @Test
    void P10_1_the_holder_itself_and_a_withdrawn_release_are_refused() {
        Release live = release("trust-1", List.of("service-improvement"));
        RuleResult toHolder = OnwardSharingRule.check(live, onwardTo("trust-1", "service-improvement"));
        assertThat(toHolder.effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(toHolder.explanation()).isEqualTo("the recipient already holds this release");
        Release withdrawn = new Release(live.id(), live.shareRequestId(), live.parentReleaseId(), live.partnerId(),
                live.subjectId(), live.consentId(), live.purposes(), live.dataCategories(), live.withheldCategories(),
                false, live.subjectRef(), live.records(), live.cells(), live.terms(), Sensitivity.CONFIDENTIAL,
                live.channel(), ReleaseStatus.WITHDRAWN, live.releasedAt(), Optional.of(Shares.now()));
        RuleResult fromWithdrawn = OnwardSharingRule.check(withdrawn, onwardTo("trust-2", "research"));
        assertThat(fromWithdrawn.effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(fromWithdrawn.explanation()).isEqualTo("the release has been withdrawn; "
                + "the release is bound to [service-improvement], not 'research'");
    }

    private static ConsentProjection withdrawn(boolean whole, List<String> purposes, List<String> partners,
                                               List<String> kinds) {
        return Shares.consent(10).apply(new ConsentWithdrawn(Shares.CONSENT, Shares.SUBJECT, 2, whole, purposes,
                partners, kinds, ContactChannel.PHONE, "staff-1", Shares.now()));
    }

    @Test
    void P6_8_a_whole_withdrawal_reaches_every_release() {
        WithdrawalScope scope = WithdrawalScope.of(withdrawn(true, List.of(), List.of(), List.of()));
        assertThat(scope.reaches(List.of("research"), "anyone", PartnerKind.SMALL_PROVIDER)).isTrue();
    }

    @Test
    void P6_8_a_partial_withdrawal_reaches_only_its_purposes_partners_or_kinds() {
        WithdrawalScope byPartner = WithdrawalScope.of(withdrawn(false, List.of(), List.of("trust-1"), List.of()));
        assertThat(byPartner.reaches(List.of("service-improvement"), "trust-1", PartnerKind.SERVICE_PROVIDER)).isTrue();
        assertThat(byPartner.reaches(List.of("service-improvement"), "trust-2", PartnerKind.SERVICE_PROVIDER)).isFalse();
        WithdrawalScope byPurpose = WithdrawalScope.of(withdrawn(false, List.of("research"), List.of(), List.of()));
        assertThat(byPurpose.reaches(List.of("research"), "trust-2", PartnerKind.SERVICE_PROVIDER)).isTrue();
        assertThat(byPurpose.reaches(List.of("service-improvement"), "trust-2", PartnerKind.SERVICE_PROVIDER)).isFalse();
        WithdrawalScope byKind = WithdrawalScope.of(withdrawn(false, List.of(), List.of(), List.of("SMALL_PROVIDER")));
        assertThat(byKind.reaches(List.of("service-improvement"), "gp-1", PartnerKind.SMALL_PROVIDER)).isTrue();
    }

    @Test
    void P6_8_a_recipient_continuing_names_its_lawful_condition_and_justifies_it() {
        assertThat(new RecipientAnswer(RecipientResponse.CEASED_DELETED, Optional.empty(), Optional.empty()).problems())
                .isEmpty();
        assertThat(new RecipientAnswer(RecipientResponse.CONTINUING, Optional.empty(), Optional.of("why")).problems())
                .anyMatch(p -> p.ruleId().equals("P6.8") && p.explanation().contains("lawful condition"));
        assertThat(new RecipientAnswer(RecipientResponse.CONTINUING, Optional.of(new LawfulCondition(LawfulBasis.C, Optional.empty())), Optional.empty())
                .problems()).anyMatch(p -> p.ruleId().equals("P6.8") && p.explanation().contains("justification"));
        assertThat(new RecipientAnswer(RecipientResponse.CONTINUING, Optional.of(new LawfulCondition(LawfulBasis.C, Optional.empty())),
                Optional.of("a court order requires us to keep the record")).problems()).isEmpty();
        assertThat(new RecipientAnswer(RecipientResponse.CEASED_RETURNED, Optional.of(new LawfulCondition(LawfulBasis.C, Optional.empty())), Optional.empty())
                .problems()).isNotEmpty();
    }

    @Test
    void P6_8_webhook_retries_back_off_exponentially_with_full_jitter_up_to_a_cap() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(2), Duration.ofMinutes(1));
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backoff.ceiling(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.ceiling(500)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.delayAfter(3, () -> 0.5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.delayAfter(3, () -> 0.0)).isPositive();
        assertThat(backoff.delayAfter(3, () -> 0.999)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void payload_maps_are_copied() {
        Map<String, Object> fields = new java.util.HashMap<>(Map.of("theme", "x"));
        Payload payload = new Payload(List.of(Map.of("experience", fields)), List.of());
        fields.put("theme", "changed");
        assertThat(payload.records().get(0).get("experience")).containsEntry("theme", "x");
    }
}
