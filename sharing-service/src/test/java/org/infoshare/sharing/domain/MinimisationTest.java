package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.ReleaseChannel;
import org.infoshare.events.vocabulary.Sensitivity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** P7.1, P7.2, P7.3, P9.1, P11.1: what a recipient receives is minimised, keyed to it, and bound by terms. */
class MinimisationTest {

    private static final java.util.function.UnaryOperator<String> AT_A = subject -> "psn-a-" + subject.length();

    @Test
    void P7_1_direct_identifiers_are_found_by_name_and_by_value() {
        Payload payload = new Payload(List.of(Map.of(
                "experience", Map.of("theme", "discharge", "firstName", "x", "contact", "someone@example.org"),
                "service-used", Map.of("date_of_birth", "x", "note", "07700 900123", "ward", "7"))),
                List.of(new Payload.AggregateCell("experience", Map.of("NHSNumber", "x"), 9)));
        assertThat(DirectIdentifiers.findIn(payload)).containsExactlyInAnyOrder(
                "records[0].experience.firstName", "records[0].experience.contact",
                "records[0].service-used.date_of_birth", "records[0].service-used.note",
                "cells[0].dimensions.NHSNumber");
    }

    @Test
    void P7_1_a_payload_without_identifiers_passes() {
        assertThat(DirectIdentifiers.findIn(new Payload(List.of(Map.of("experience",
                Map.of("theme", "discharge", "rating", 2, "ageBand", "40-49"))), List.of()))).isEmpty();
    }

    @Test
    void P7_1_quasi_identifiers_are_generalised_on_receipt() {
        Payload generalised = Generalisation.generalise(new Payload(List.of(Map.of("demographics",
                Map.of("age", 47, "postcode", "co1 1aa", "sex", "F"))), List.of()));
        assertThat(generalised.records().get(0).get("demographics"))
                .containsEntry("ageBand", "40-49").containsEntry("postcodeDistrict", "CO1").containsEntry("sex", "F")
                .doesNotContainKeys("age", "postcode");
        assertThat(Generalisation.ageBand(93)).isEqualTo("90+");
        assertThat(Generalisation.district("SW1A1AA")).isEqualTo("SW1A");
    }

    @Test
    void P7_1_a_record_set_with_a_group_smaller_than_k_is_refused() {
        List<Map<String, Map<String, Object>>> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            records.add(Map.of("demographics", Map.of("ageBand", "40-49", "postcodeDistrict", "CO1")));
        }
        records.add(Map.of("demographics", Map.of("ageBand", "90+", "postcodeDistrict", "CO4")));
        ShareRequest set = Shares.aggregateShare().withPayload(new Payload(records, List.of()));
        RuleResult refused = KAnonymityRule.check(Shares.context(set)).orElseThrow();
        assertThat(refused.effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(refused.ruleId()).isEqualTo("P7.1");
        assertThat(ShareDecisionEngine.decide(Shares.context(set)).reasons()).contains("P7.1");

        RuleResult passed = KAnonymityRule.check(Shares.context(set.withPayload(
                new Payload(records.subList(0, 5), List.of())))).orElseThrow();
        assertThat(passed.effect()).isEqualTo(RuleResult.Effect.SATISFIED);
    }

    @Test
    void P7_1_k_is_configurable() {
        List<Map<String, Map<String, Object>>> three = List.of(
                Map.of("d", Map.of("ageBand", "40-49")), Map.of("d", Map.of("ageBand", "40-49")),
                Map.of("d", Map.of("ageBand", "40-49")));
        ShareRequest set = Shares.aggregateShare().withPayload(new Payload(three, List.of()));
        ShareContext base = Shares.context(set);
        ShareContext k3 = new ShareContext(set, base.partner(), base.flow(), base.consent(), base.now(), 3, base.safeguards());
        assertThat(KAnonymityRule.check(k3).orElseThrow().effect()).isEqualTo(RuleResult.Effect.SATISFIED);
        assertThat(KAnonymityRule.check(base).orElseThrow().effect()).isEqualTo(RuleResult.Effect.REFUSE);
    }

    @Test
    void P7_1_personal_shares_and_aggregates_are_not_record_sets() {
        assertThat(KAnonymityRule.check(Shares.context(Shares.consentShare()))).isEmpty();
        ShareRequest aggregate = Shares.aggregateShare().withPayload(
                new Payload(List.of(), List.of(new Payload.AggregateCell("experience", Map.of(), 1))));
        assertThat(KAnonymityRule.check(Shares.context(aggregate))).isEmpty();
    }

    @Test
    void P7_2_small_cells_are_suppressed_with_a_complementary_cell() {
        List<SmallCellSuppression.ReleasedCell> cells = SmallCellSuppression.suppress(List.of(
                new Payload.AggregateCell("experience", Map.of("theme", "a"), 3),
                new Payload.AggregateCell("experience", Map.of("theme", "b"), 8),
                new Payload.AggregateCell("experience", Map.of("theme", "c"), 20),
                new Payload.AggregateCell("service-used", Map.of("ward", "7"), 2),
                new Payload.AggregateCell("service-used", Map.of("ward", "8"), 4),
                new Payload.AggregateCell("service-used", Map.of("ward", "9"), 50)), 5);
        assertThat(cells).extracting(SmallCellSuppression.ReleasedCell::count)
                .containsExactly(null, null, 20L, null, null, 50L);
        assertThat(cells.get(1).suppressed()).as("hidden so cell a cannot be worked back from a total").isTrue();
    }

    @Test
    void P7_3_every_release_carries_its_terms_and_the_protocols_limits() {
        List<String> terms = ReleaseTerms.of(List.of("service-improvement"), List.of("no publication"));
        assertThat(String.join(" ", terms)).contains("re-identify", "combine", "service-improvement",
                "prior written consent", "no publication");
    }

    @Test
    void P11_1_the_channel_follows_the_sensitivity() {
        assertThat(ChannelPolicy.channelFor(Sensitivity.PUBLIC)).isEqualTo(ReleaseChannel.PORTAL);
        assertThat(ChannelPolicy.channelFor(Sensitivity.INTERNAL)).isEqualTo(ReleaseChannel.PORTAL);
        assertThat(ChannelPolicy.channelFor(Sensitivity.CONFIDENTIAL)).isEqualTo(ReleaseChannel.SECURE_API);
        assertThat(ChannelPolicy.channelFor(Sensitivity.SPECIAL_CATEGORY)).isEqualTo(ReleaseChannel.SECURE_API);
    }

    @Test
    void P9_1_a_release_holds_only_its_categories_and_the_recipients_pseudonym() {
        ShareRequest share = Shares.consentShare().withPayload(new Payload(List.of(Map.of(
                "experience", Map.of("theme", "discharge"),
                "safeguarding-history", Map.of("note", "not for this partner"))), List.of()));
        Release release = ReleaseBuilder.build(UUID.randomUUID(), share, new ReleaseBuilder.Recipient("trust-1", AT_A,
                List.of("service-improvement"), List.of("experience"), Optional.empty(), List.of()), 5, Shares.now());
        assertThat(release.records()).containsExactly(Map.of("experience", Map.of("theme", "discharge")));
        assertThat(release.withheldCategories()).containsExactly("safeguarding-history");
        assertThat(release.subjectRef()).contains(AT_A.apply(Shares.SUBJECT));
        assertThat(release.subjectId()).contains(Shares.SUBJECT);
        assertThat(release.channel()).isEqualTo(ReleaseChannel.SECURE_API);
        assertThat(release.status()).isEqualTo(ReleaseStatus.RELEASED);
    }

    @Test
    void P6_3_an_identifiable_release_carries_the_subject_id_not_a_pseudonym() {
        ShareRequest share = Shares.identifiable(Shares.consentShare(), Optional.of("needed for care"));
        Release release = ReleaseBuilder.build(UUID.randomUUID(), share, new ReleaseBuilder.Recipient("trust-1", AT_A,
                List.of("service-improvement"), List.of("experience"), Optional.empty(), List.of()), 5, Shares.now());
        assertThat(release.subjectRef()).contains(Shares.SUBJECT);
    }
}
