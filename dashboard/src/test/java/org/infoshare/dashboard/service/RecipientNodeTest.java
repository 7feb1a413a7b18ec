package org.infoshare.dashboard.service;

import org.infoshare.dashboard.client.SharingClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientNodeTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    private static SharingClient.RecipientRecord record(String release, String parent, String partner, int second,
                                                       Instant answeredAt, Instant escalatedAt) {
        return new SharingClient.RecipientRecord(parent, new SharingClient.Notification("n-" + release, release, partner,
                "c-1", "CONSENT_WITHDRAWN", T0, T0.plusSeconds(second), "POLL_ONLY", 0, null, null,
                answeredAt == null ? null : "CEASED_DELETED", null, null, answeredAt, escalatedAt));
    }

    @Test
    @DisplayName("issue 13 withdrawal page: onward children nest under their parent, each level earliest notified first")
    void nestsOnwardChildren() {
        List<RecipientNode> tree = RecipientNode.nest(List.of(
                record("r-child", "r-a", "partner-d", 3, null, null),
                record("r-b", null, "partner-b", 2, null, null),
                record("r-grandchild", "r-child", "partner-e", 4, null, null),
                record("r-a", null, "partner-a", 1, null, null)));

        assertThat(tree).extracting(n -> n.notification().partnerId()).containsExactly("partner-a", "partner-b");
        RecipientNode a = tree.get(0);
        assertThat(a.parentPartnerId()).isNull();
        assertThat(a.children()).singleElement().satisfies(child -> {
            assertThat(child.notification().partnerId()).isEqualTo("partner-d");
            assertThat(child.parentPartnerId()).isEqualTo("partner-a");
            assertThat(child.children()).extracting(n -> n.notification().partnerId()).containsExactly("partner-e");
        });
        assertThat(tree.get(1).children()).isEmpty();
    }

    @Test
    @DisplayName("issue 13 withdrawal page: a child whose parent the withdrawal did not reach stands at the top, naming where it came from")
    void orphanStandsAtTheTop() {
        List<RecipientNode> tree = RecipientNode.nest(List.of(record("r-child", "r-elsewhere", "partner-d", 1, null, null)));

        assertThat(tree).singleElement().satisfies(n -> assertThat(n.parentPartnerId()).isEqualTo("a release not withdrawn here"));
    }

    @Test
    @DisplayName("issue 13 withdrawal page: a record listed twice, or naming itself as parent, is shown once")
    void noRecordTwice() {
        List<RecipientNode> tree = RecipientNode.nest(List.of(record("r-a", "r-a", "partner-a", 1, null, null),
                record("r-a", "r-a", "partner-a", 1, null, null)));

        assertThat(tree).hasSize(1);
    }

    @Test
    @DisplayName("issue 13 withdrawal page: each recipient's standing in words, not colour: answered, overdue (escalated), waiting")
    void standing() {
        assertThat(RecipientNode.nest(List.of(record("r-1", null, "p", 1, T0, T0))).get(0).standing()).isEqualTo("Answered");
        RecipientNode overdue = RecipientNode.nest(List.of(record("r-2", null, "p", 1, null, T0))).get(0);
        assertThat(overdue.standing()).isEqualTo("Overdue");
        assertThat(overdue.overdue()).isTrue();
        assertThat(RecipientNode.nest(List.of(record("r-3", null, "p", 1, null, null))).get(0).standing()).isEqualTo("Waiting");
    }
}
