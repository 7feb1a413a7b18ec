package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.consent.ConsentGiven;
import org.infoshare.events.vocabulary.CaptureChannel;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.events.vocabulary.Sensitivity;
import org.infoshare.events.vocabulary.ShareOutcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.sharing.domain.Agreements.NOW;
import static org.infoshare.sharing.domain.Agreements.TODAY;

/**
 * P10.1: an onward share is decided by the same engine as an original share, for its own recipient
 * and purpose, with the DPO's prior written consent on top. The original went to trust-1; the
 * person's consent names trust-1, trust-2 (a service provider) and pharm-1 (a pharmacy), not trust-3.
 */
class OnwardShareTest {

    private static final String PURPOSE = "service-improvement";
    private static final String JUSTIFICATION = "The trust runs the follow-up clinic this person was referred to";

    private static ShareRequest original() {
        Payload payload = new Payload(List.of(Map.of("experience", Map.of("theme", "discharge"),
                "service-used", Map.of("service", "ward-7"))), List.of(), List.of(new RecordSource("ward-7 notes",
                RecordMedium.ELECTRONIC, java.time.LocalDate.ofInstant(Shares.now(), java.time.ZoneOffset.UTC).minusDays(30))));
        return Shares.consentShare().withPayload(payload);
    }

    private static Release parent(List<String> categories) {
        return ReleaseBuilder.build(UUID.randomUUID(), original(), new ReleaseBuilder.Recipient("trust-1",
                subject -> "psn-trust-1", List.of(PURPOSE), categories, Optional.empty(), List.of()), 5, NOW);
    }

    private static Release withdrawn(Release live) {
        return new Release(live.id(), live.shareRequestId(), live.parentReleaseId(), live.partnerId(),
                live.subjectId(), live.consentId(), live.purposes(), live.dataCategories(), live.withheldCategories(),
                false, live.subjectRef(), live.records(), live.cells(), live.terms(), Sensitivity.CONFIDENTIAL,
                live.channel(), ReleaseStatus.WITHDRAWN, live.releasedAt(), Optional.of(NOW));
    }

    private static ShareRequest onward(ShareRequest original, Release parent, String recipient) {
        return OnwardShare.request(original, parent, recipient, PURPOSE, JUSTIFICATION, "partner-user-1", NOW);
    }

    /** The consent, last confirmed {@code daysAgo} days before NOW. */
    private static ConsentProjection consent(int daysAgo) {
        return ConsentProjection.unknown(Shares.CONSENT, Shares.SUBJECT).apply(new ConsentGiven(Shares.CONSENT,
                Shares.SUBJECT, 1, List.of(PURPOSE), List.of("experience", "service-used"),
                List.of("trust-1", "trust-2", "pharm-1"), List.of(), LawfulBasis.A, null, UUID.randomUUID(), 1,
                CaptureChannel.WRITTEN, "staff-1", NOW.minus(Duration.ofDays(daysAgo)), 365, null, false));
    }

    /** A service provider recipient with an agreed protocol (categories experience and service-used, stale after 180 days). */
    private static ShareContext toProvider(ShareRequest onward, int consentDaysAgo) {
        Partner partner = Agreements.provider(onward.partnerId(), PURPOSE);
        Protocol protocol = Agreements.protocol(onward.partnerId(), PURPOSE, ProtocolStatus.AGREED, TODAY.plusDays(90));
        return new ShareContext(onward, Optional.of(partner),
                RegularFlowRule.governing(partner, PURPOSE, List.of(protocol), Optional.empty(), Set.of(), TODAY),
                Optional.of(consent(consentDaysAgo)), NOW).withSafeguards(Agreements.attested(protocol));
    }

    /** pharm-1 under guidance version 2 (category experience only, stale after 90 days), acknowledged or not. */
    private static ShareContext toPharmacy(ShareRequest onward, boolean acknowledged, int consentDaysAgo) {
        Partner partner = Agreements.pharmacy("pharm-1", PURPOSE);
        GuidanceNote note = Agreements.guidance(2, PURPOSE);
        Set<UUID> acks = acknowledged ? Set.of(note.id()) : Set.of();
        return new ShareContext(onward, Optional.of(partner),
                RegularFlowRule.governing(partner, PURPOSE, List.of(), Optional.of(note), acks, TODAY),
                Optional.of(consent(consentDaysAgo)), NOW);
    }

    @Test
    void P10_1_the_onward_share_is_the_originals_person_basis_consent_sensitivity_and_payload_for_the_new_recipient() {
        ShareRequest original = original();
        Instant asked = NOW.plusSeconds(60);
        ShareRequest onward = OnwardShare.request(original, parent(List.of("experience")), "trust-2", "research",
                JUSTIFICATION, "partner-user-1", asked);
        assertThat(onward.id()).as("the child names the share it descends from").isEqualTo(original.id());
        assertThat(onward.subjectId()).isEqualTo(original.subjectId());
        assertThat(onward.partnerId()).isEqualTo("trust-2");
        assertThat(onward.purpose()).isEqualTo("research");
        assertThat(onward.basis()).isEqualTo(original.basis());
        assertThat(onward.consentId()).isEqualTo(original.consentId());
        assertThat(onward.legalReference()).isEqualTo(original.legalReference());
        assertThat(onward.identifiable()).isEqualTo(original.identifiable());
        assertThat(onward.identifiableReason()).isEqualTo(original.identifiableReason());
        assertThat(onward.sensitivity()).isEqualTo(original.sensitivity());
        assertThat(onward.payload()).isEqualTo(original.payload());
        assertThat(onward.requestedBy()).isEqualTo("partner-user-1");
        assertThat(onward.requestedAt()).isEqualTo(asked);
    }

    @Test
    void P9_1_the_onward_share_carries_only_the_categories_the_holder_itself_received() {
        ShareRequest original = Shares.categories(original(), List.of("experience", "service-used"));
        assertThat(onward(original, parent(List.of("experience")), "trust-2").dataCategories())
                .containsExactly("experience");
    }

    @Test
    void P6_2c_the_holders_justification_is_the_onward_shares_proportionality_judgement() {
        assertThat(onward(original(), parent(List.of("experience")), "trust-2").proportionality())
                .contains(JUSTIFICATION);
    }

    @Test
    void P10_1_a_request_already_made_gives_the_same_onward_share() {
        ShareRequest original = original();
        Release parent = parent(List.of("experience"));
        OnwardRequest asked = new OnwardRequest(UUID.randomUUID(), parent.id(), "trust-1", "trust-2", PURPOSE,
                JUSTIFICATION, "partner-user-1", NOW, OnwardRequest.Status.AWAITING_DPO, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(OnwardShare.request(original, parent, asked)).isEqualTo(onward(original, parent, "trust-2"));
    }

    @Test
    void P10_1_an_onward_share_passing_every_rule_awaits_the_DPO_and_is_approved_only_with_prior_written_consent() {
        Release parent = parent(List.of("experience", "service-used"));
        ShareContext context = toProvider(onward(original(), parent, "trust-2"), 10);

        ShareDecision asked = ShareDecisionEngine.decideOnward(context, parent, false);
        assertThat(asked.outcome()).isEqualTo(ShareOutcome.AWAITING_DPO);
        assertThat(asked.reasons()).containsExactly("P10.1");
        assertThat(asked.findings()).extracting(RuleResult::ruleId).contains("P6.2a", "P6.2b", "P6.2c", "P1.2",
                "P8.1", "P9.1", "P6.7", "P10.1");

        ShareDecision consented = ShareDecisionEngine.decideOnward(context, parent, true);
        assertThat(consented.outcome()).isEqualTo(ShareOutcome.APPROVED);
        assertThat(consented.findings()).filteredOn(f -> f.ruleId().equals("P10.1")).singleElement()
                .extracting(RuleResult::effect).isEqualTo(RuleResult.Effect.SATISFIED);
    }

    @Test
    void P6_2a_an_onward_share_to_a_recipient_the_consent_does_not_cover_is_refused_even_with_the_DPOs_consent() {
        Release parent = parent(List.of("experience"));
        ShareContext context = toProvider(onward(original(), parent, "trust-3"), 10);
        ShareDecision asked = ShareDecisionEngine.decideOnward(context, parent, false);
        assertThat(asked.outcome()).isEqualTo(ShareOutcome.REFUSED);
        assertThat(asked.reasons()).containsExactly("P6.2a");
        assertThat(ShareDecisionEngine.decideOnward(context, parent, true).outcome()).isEqualTo(ShareOutcome.REFUSED);
    }

    @Test
    void P6_2a_an_onward_share_for_a_purpose_the_consent_does_not_cover_is_refused() {
        Release parent = new Release(UUID.randomUUID(), original().id(), Optional.empty(), "trust-1",
                Optional.of(Shares.SUBJECT), Optional.of(Shares.CONSENT), List.of(PURPOSE, "research"),
                List.of("experience"), List.of(), false, Optional.of("psn-trust-1"), List.of(), List.of(), List.of(),
                Sensitivity.CONFIDENTIAL, org.infoshare.events.vocabulary.ReleaseChannel.SECURE_API,
                ReleaseStatus.RELEASED, NOW, Optional.empty());
        ShareRequest onward = OnwardShare.request(original(), parent, "trust-2", "research", JUSTIFICATION,
                "partner-user-1", NOW);
        Partner partner = Agreements.provider("trust-2", "research");
        Protocol protocol = Agreements.protocol("trust-2", "research", ProtocolStatus.AGREED, TODAY.plusDays(90));
        ShareContext context = new ShareContext(onward, Optional.of(partner),
                RegularFlowRule.governing(partner, "research", List.of(protocol), Optional.empty(), Set.of(), TODAY),
                Optional.of(consent(10)), NOW).withSafeguards(Agreements.attested(protocol));
        ShareDecision decision = ShareDecisionEngine.decideOnward(context, parent, false);
        assertThat(decision.outcome()).isEqualTo(ShareOutcome.REFUSED);
        assertThat(decision.reasons()).containsExactly("P6.2a");
    }

    @Test
    void P1_3_an_onward_share_to_a_pharmacy_that_never_acknowledged_the_current_guidance_is_refused() {
        Release parent = parent(List.of("experience"));
        ShareDecision decision = ShareDecisionEngine.decideOnward(
                toPharmacy(onward(original(), parent, "pharm-1"), false, 10), parent, true);
        assertThat(decision.outcome()).isEqualTo(ShareOutcome.REFUSED);
        assertThat(decision.reasons()).containsExactly("P1.3", "P6.2b");
    }

    @Test
    void P1_3_an_onward_share_to_a_pharmacy_that_acknowledged_the_current_guidance_may_go_to_the_DPO() {
        Release parent = parent(List.of("experience"));
        ShareDecision decision = ShareDecisionEngine.decideOnward(
                toPharmacy(onward(original(), parent, "pharm-1"), true, 10), parent, false);
        assertThat(decision.outcome()).isEqualTo(ShareOutcome.AWAITING_DPO);
        assertThat(decision.reasons()).containsExactly("P10.1");
    }

    @Test
    void P9_1_an_onward_share_of_categories_the_recipients_purpose_does_not_allow_is_refused() {
        Release parent = parent(List.of("experience", "service-used"));
        ShareDecision decision = ShareDecisionEngine.decideOnward(
                toPharmacy(onward(original(), parent, "pharm-1"), true, 10), parent, true);
        assertThat(decision.outcome()).isEqualTo(ShareOutcome.REFUSED);
        assertThat(decision.reasons()).containsExactly("P9.1");
    }

    @Test
    void P6_7_an_onward_share_is_held_when_the_consent_is_stale_by_the_recipients_own_threshold() {
        Release parent = parent(List.of("experience"));
        // 100 days: fresh for trust-1's protocol (180), stale for the pharmacy's guidance (90)
        assertThat(ShareDecisionEngine.decideOnward(toProvider(onward(original(), parent, "trust-2"), 100), parent,
                true).outcome()).isEqualTo(ShareOutcome.APPROVED);
        ShareDecision held = ShareDecisionEngine.decideOnward(
                toPharmacy(onward(original(), parent, "pharm-1"), true, 100), parent, true);
        assertThat(held.outcome()).isEqualTo(ShareOutcome.HELD_STALE_CONSENT);
        assertThat(held.reasons()).containsExactly("P6.7");
    }

    @Test
    void P6_2c_an_onward_share_without_a_proportionate_justification_is_refused() {
        Release parent = parent(List.of("experience"));
        ShareRequest onward = OnwardShare.request(original(), parent, "trust-2", PURPOSE, "because",
                "partner-user-1", NOW);
        ShareDecision decision = ShareDecisionEngine.decideOnward(toProvider(onward, 10), parent, true);
        assertThat(decision.outcome()).isEqualTo(ShareOutcome.REFUSED);
        assertThat(decision.reasons()).containsExactly("P6.2c");
    }

    @Test
    void P6_3_an_identifiable_original_stays_identifiable_onward_and_needs_the_DPO_for_both_reasons() {
        ShareRequest identifiable = Shares.identifiable(original(), Optional.of("The clinic must contact the person"));
        Release parent = parent(List.of("experience"));
        ShareRequest onward = onward(identifiable, parent, "trust-2");
        assertThat(onward.identifiable()).isTrue();
        ShareDecision decision = ShareDecisionEngine.decideOnward(toProvider(onward, 10), parent, false);
        assertThat(decision.outcome()).isEqualTo(ShareOutcome.AWAITING_DPO);
        assertThat(decision.reasons()).containsExactly("P6.3", "P10.1");
    }

    @Test
    void P10_1_a_withdrawn_release_cannot_be_passed_on_even_with_the_DPOs_consent() {
        Release parent = withdrawn(parent(List.of("experience")));
        ShareDecision decision = ShareDecisionEngine.decideOnward(toProvider(onward(original(), parent, "trust-2"), 10),
                parent, true);
        assertThat(decision.outcome()).isEqualTo(ShareOutcome.REFUSED);
        assertThat(decision.reasons()).containsExactly("P10.1");
    }

    @Test
    void P10_1_a_non_personal_release_passed_on_still_needs_the_recipients_protocol_and_the_DPO() {
        ShareRequest aggregate = Shares.aggregateShare();
        Release parent = ReleaseBuilder.build(UUID.randomUUID(), aggregate, new ReleaseBuilder.Recipient("trust-1",
                subject -> subject, List.of(PURPOSE), List.of("experience"), Optional.empty(), List.of()), 5, NOW);
        ShareRequest onward = onward(aggregate, parent, "trust-2");
        ShareDecision governed = ShareDecisionEngine.decideOnward(toProvider(onward, 10), parent, false);
        assertThat(governed.outcome()).isEqualTo(ShareOutcome.AWAITING_DPO);
        assertThat(governed.reasons()).containsExactly("P10.1");
        Partner ungoverned = Agreements.provider("trust-2", PURPOSE);
        ShareContext noProtocol = new ShareContext(onward, Optional.of(ungoverned),
                RegularFlowRule.governing(ungoverned, PURPOSE, List.of(), Optional.empty(), Set.of(), TODAY),
                Optional.empty(), NOW);
        assertThat(ShareDecisionEngine.decideOnward(noProtocol, parent, true).reasons()).containsExactly("P1.2");
    }
}
