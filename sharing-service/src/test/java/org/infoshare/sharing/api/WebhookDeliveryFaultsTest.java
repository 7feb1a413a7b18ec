package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.vocabulary.ContactChannel;
import org.infoshare.sharing.api.PartnerEndpoint.Received;
import org.infoshare.sharing.persistence.WebhookDeliveries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook delivery under faults (issue 10, item 6), against the real database, broker and
 * Keycloak, with partner endpoints on 127.0.0.1 that fail half their deliveries or never answer.
 * Notifications are made the way a withdrawal makes them: releases (one through the API, the rest
 * as its onward children in the database), then consent-withdrawn on the broker.
 */
@QuarkusTest
class WebhookDeliveryFaultsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** The send timeout in the test profile: a silent partner costs each attempt this long. */
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(2);

    /** Copies of a release under new ids: a sealed content opens only in its own row, so each copy holds an empty one, plain. */
    private static final String CHILDREN = """
            INSERT INTO release (id, share_request_id, parent_release_id, partner_id, subject_id, subject_ref,
                                 consent_id, purposes, data_categories, withheld_categories, identifiable, content_json,
                                 terms, sensitivity, channel, status, released_at, fetch_count)
            SELECT gen_random_uuid(), root.share_request_id, root.id, root.partner_id, root.subject_id, root.subject_ref,
                   root.consent_id, root.purposes, root.data_categories, root.withheld_categories, root.identifiable,
                   '{"records":[],"cells":[]}', root.terms, root.sensitivity, root.channel, 'RELEASED',
                   root.released_at, 0
            FROM release root, generate_series(1, $2) WHERE root.id = $1""";

    @Inject
    Pool pool;

    @Inject
    WebhookDeliveries deliveries;

    /** A notification row as delivery left it. */
    record Notification(UUID id, String partnerId, String state, int attempts, OffsetDateTime notifiedAt,
                        OffsetDateTime deliveredAt, OffsetDateTime nextAttemptAt, String lastError, UUID leaseToken) {
    }

    @Test
    @DisplayName("P6.8 an endpoint failing half its deliveries: every notification is delivered exactly once in the end, no attempt is sent twice, at most 4 at once to the partner")
    void halfFailingEndpoint() {
        String partner = Fixtures.randomId("wh-flaky");
        try (PartnerEndpoint.Flaky endpoint = new PartnerEndpoint.Flaky(n -> n % 2 == 0, 40)) {
            Releases.provider(partner, endpoint.url(), Releases.secret(partner));
            UUID consentId = withdrawn(Map.of(partner, 12));

            await().atMost(PATIENCE).until(() -> notifications(consentId).stream()
                    .allMatch(n -> n.state().equals("DELIVERED")));
            List<Notification> delivered = notifications(consentId);
            Map<String, List<Received>> received = endpoint.received().stream()
                    .collect(Collectors.groupingBy(Received::deliveryId));
            assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(
                    delivered.stream().map(n -> n.id().toString()).toList());
            for (Notification n : delivered) {
                List<Received> sends = received.get(n.id().toString()).stream()
                        .sorted(Comparator.comparingInt(Received::attempt)).toList();
                assertThat(sends).as("notification %s", n.id()).filteredOn(r -> r.answered() == 204).hasSize(1);
                assertThat(sends).extracting(Received::attempt).as("each attempt sent once, numbered in order")
                        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, n.attempts()).boxed().toList());
                assertThat(sends.get(sends.size() - 1).answered()).as("the accepted send is the last").isEqualTo(204);
                assertThat(n.leaseToken()).isNull();
            }
            assertThat(endpoint.received()).filteredOn(r -> r.answered() == 503).isNotEmpty();
            assertThat(endpoint.mostInFlight()).as("sends at once to one partner").isBetween(2, 4);
        }
    }

    @Test
    @DisplayName("P6.8 an endpoint that never answers: its sends time out and are retried, while another partner's deliveries go out at once")
    void silentEndpointHoldsUpOnlyItself() {
        String silentPartner = Fixtures.randomId("wh-silent");
        String healthyPartner = Fixtures.randomId("wh-ok");
        try (PartnerEndpoint.Silent silent = new PartnerEndpoint.Silent();
             PartnerEndpoint.Flaky healthy = new PartnerEndpoint.Flaky(n -> false, 0)) {
            Releases.provider(silentPartner, silent.url(), Releases.secret(silentPartner));
            Releases.provider(healthyPartner, healthy.url(), Releases.secret(healthyPartner));
            Map<String, Integer> releases = new LinkedHashMap<>();
            releases.put(silentPartner, 6);
            releases.put(healthyPartner, 6);
            UUID consentId = withdrawn(releases);
            try {
                await().atMost(PATIENCE).until(() -> of(healthyPartner, consentId).stream()
                        .allMatch(n -> n.state().equals("DELIVERED")));
                for (Notification n : of(healthyPartner, consentId)) {
                    assertThat(Duration.between(n.notifiedAt(), n.deliveredAt())).as("healthy partner served promptly")
                            .isLessThan(SEND_TIMEOUT);
                    assertThat(n.attempts()).isEqualTo(1);
                }

                await().atMost(PATIENCE).until(() -> of(silentPartner, consentId).stream()
                        .allMatch(n -> n.attempts() >= 2));
                for (Notification n : of(silentPartner, consentId)) {
                    assertThat(n.state()).isEqualTo("PENDING");
                    assertThat(n.lastError()).isEqualTo("TIMEOUT");
                }
                assertThat(silent.connections()).as("every attempt reached the silent partner").isGreaterThanOrEqualTo(6);
            } finally {
                // stop retrying into a closed port for the tests that follow
                pool.preparedQuery("UPDATE recipient_notification SET delivery_state = 'FAILED', next_attempt_at = NULL "
                        + "WHERE consent_id = $1 AND delivery_state = 'PENDING'").execute(Tuple.of(consentId))
                        .await().atMost(Duration.ofSeconds(10));
            }
        }
    }

    @Test
    @DisplayName("P6.8 a removed webhook: its notifications fall back to polling, are not claimed again, and are still listed for the partner")
    void removedWebhookFallsBackToPolling() throws InterruptedException {
        try (PartnerEndpoint.Flaky refusing = new PartnerEndpoint.Flaky(n -> true, 0)) {
            Releases.provider("partner-d", refusing.url(), Releases.secret("partner-d"));
            UUID consentId = withdrawn(Map.of("partner-d", 3));
            await().atMost(PATIENCE).until(() -> notifications(consentId).stream().allMatch(n -> n.attempts() >= 1));

            Releases.provider("partner-d", null, null);
            await().atMost(PATIENCE).until(() -> notifications(consentId).stream()
                    .allMatch(n -> n.state().equals("POLL_ONLY")));
            List<Notification> settled = notifications(consentId);
            int sent = refusing.received().size();
            assertThat(settled).allSatisfy(n -> {
                assertThat(n.nextAttemptAt()).as("never due again").isNull();
                assertThat(n.leaseToken()).isNull();
            });

            Thread.sleep(2_500); // longer than the safety-net poll (1 s) and any retry timer
            assertThat(notifications(consentId)).as("not claimed again").isEqualTo(settled);
            assertThat(refusing.received()).hasSize(sent);

            List<String> polled = Releases.partner("partner-d").queryParam("open", true).queryParam("size", 200)
                    .get("/api/v1/partner/notifications").then().statusCode(200).extract().path("items.id");
            assertThat(polled).containsAll(settled.stream().map(n -> n.id().toString()).toList());
        }
    }

    @Test
    @DisplayName("P6.8 an outcome under a stale lease token changes nothing; a delivered notification is never turned back to pending")
    void staleLeaseOutcomeChangesNothing() {
        String releaseId = Releases.withdrawnRelease("partner-c");
        UUID current = UUID.randomUUID();
        UUID stale = UUID.randomUUID();
        // as if claimed twice: the first lease (stale) expired and the current one holds it now
        UUID id = pool.preparedQuery("""
                        UPDATE recipient_notification SET delivery_state = 'PENDING', attempts = 1, lease_token = $2,
                               next_attempt_at = TIMESTAMPTZ '2999-01-01 00:00:00Z'
                        WHERE release_id = $1 RETURNING id""")
                .execute(Tuple.of(UUID.fromString(releaseId), current)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getUUID("id");
        Notification leased = notification(id);
        Instant now = Instant.now();

        assertThat(result(deliveries.attemptFailed(id, stale, 2, Optional.of(now), "late failure"))).isFalse();
        assertThat(result(deliveries.delivered(id, stale, 2, now))).isFalse();
        assertThat(result(deliveries.fallBackToPolling(id, stale))).isFalse();
        assertThat(notification(id)).as("nothing recorded by the stale lease").isEqualTo(leased);

        assertThat(result(deliveries.delivered(id, current, 2, now))).isTrue();
        Notification delivered = notification(id);
        assertThat(delivered.state()).isEqualTo("DELIVERED");
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(delivered.leaseToken()).isNull();

        assertThat(result(deliveries.attemptFailed(id, current, 3, Optional.of(now), "late failure"))).isFalse();
        assertThat(result(deliveries.attemptFailed(id, stale, 3, Optional.empty(), "late failure"))).isFalse();
        assertThat(notification(id)).as("DELIVERED stays delivered").isEqualTo(delivered);
    }

    /** Gives each partner that many releases under one fresh consent, withdraws it, and waits for the notifications. */
    private UUID withdrawn(Map<String, Integer> releasesByPartner) {
        String subject = "subj-" + UUID.randomUUID();
        try (ConsentEvents events = new ConsentEvents()) {
            UUID consentId = UUID.randomUUID();
            events.send(ConsentEvents.given(consentId, subject, List.of(Fixtures.PURPOSE),
                    List.copyOf(releasesByPartner.keySet()), Instant.now()));
            ConsentEvents.awaitVersion(consentId, 1);
            releasesByPartner.forEach((partner, count) -> {
                String root = Releases.approvedUnderConsent(partner, subject, consentId);
                pool.preparedQuery(CHILDREN).execute(Tuple.of(UUID.fromString(root), count - 1))
                        .await().atMost(Duration.ofSeconds(10));
            });
            events.send(new ConsentWithdrawn(consentId, subject, 2, true, List.of(), List.of(), List.of(),
                    ContactChannel.PHONE, "staff-1", Instant.now()));
            int total = releasesByPartner.values().stream().mapToInt(Integer::intValue).sum();
            await().atMost(PATIENCE).until(() -> notifications(consentId).size() == total);
            return consentId;
        }
    }

    private List<Notification> of(String partnerId, UUID consentId) {
        return notifications(consentId).stream().filter(n -> n.partnerId().equals(partnerId)).toList();
    }

    private List<Notification> notifications(UUID consentId) {
        List<Notification> found = new ArrayList<>();
        for (Row row : pool.preparedQuery(SELECT + " WHERE consent_id = $1 ORDER BY id").execute(Tuple.of(consentId))
                .await().atMost(Duration.ofSeconds(10))) {
            found.add(toNotification(row));
        }
        return found;
    }

    private Notification notification(UUID id) {
        return toNotification(pool.preparedQuery(SELECT + " WHERE id = $1").execute(Tuple.of(id))
                .await().atMost(Duration.ofSeconds(10)).iterator().next());
    }

    private static final String SELECT = """
            SELECT id, partner_id, delivery_state, attempts, notified_at, delivered_at, next_attempt_at, last_error,
                   lease_token FROM recipient_notification""";

    private static Notification toNotification(Row row) {
        return new Notification(row.getUUID("id"), row.getString("partner_id"), row.getString("delivery_state"),
                row.getInteger("attempts"), row.getOffsetDateTime("notified_at"), row.getOffsetDateTime("delivered_at"),
                row.getOffsetDateTime("next_attempt_at"), row.getString("last_error"), row.getUUID("lease_token"));
    }

    private static <T> T result(io.smallrye.mutiny.Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(10));
    }
}
