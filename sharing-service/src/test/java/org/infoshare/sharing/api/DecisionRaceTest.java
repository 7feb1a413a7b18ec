package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.vocabulary.ContactChannel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * P6.8 under concurrency: a DPO approval sent a few milliseconds after a withdrawal (the race
 * seen from outside: 7 of 20 tries left a live release under a withdrawn consent) never leaves
 * data released. Whichever commits first, the end state is a refused share with no release, or
 * a withdrawn release with exactly one notification.
 */
@QuarkusTest
class DecisionRaceTest {

    private static final int ROUNDS = 16;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    @DisplayName("P6.8 a DPO approval racing a withdrawal never leaves a live release under the withdrawn consent")
    void dpoApprovalRacingAWithdrawalNeverLeavesALiveRelease() throws Exception {
        String partner = ShareRequests.provider();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (ConsentEvents events = new ConsentEvents()) {
            for (int round = 0; round < ROUNDS; round++) {
                String subject = "subj-" + UUID.randomUUID();
                UUID consentId = UUID.randomUUID();
                events.send(ConsentEvents.given(consentId, subject, List.of(Fixtures.PURPOSE), List.of(partner),
                        Instant.now()));
                ConsentEvents.awaitVersion(consentId, 1);
                Map<String, Object> identifiable = ShareRequests.underConsent(partner, subject, consentId);
                identifiable.put("identifiable", true);
                identifiable.put("identifiableReason", "The ward must contact the person to put things right");
                String share = ShareRequests.post(identifiable).then().body("outcome", equalTo("AWAITING_DPO"))
                        .extract().path("id");

                long lag = round % 8; // the approval leaves 0-7 ms after the withdrawal
                CompletableFuture<Void> withdrawal = CompletableFuture.runAsync(() -> events.send(new ConsentWithdrawn(
                        consentId, subject, 2, true, List.of(), List.of(), List.of(), ContactChannel.PHONE, "staff-1",
                        Instant.now())), pool);
                CompletableFuture<Integer> approval = CompletableFuture.supplyAsync(() -> {
                    sleep(lag);
                    return Fixtures.as("dpo").body(Map.of("approve", true, "justification", "Needed to put things right"))
                            .post("/api/v1/share-requests/" + share + "/dpo-decision").statusCode();
                }, pool);
                withdrawal.get(30, TimeUnit.SECONDS);
                assertThat(approval.get(30, TimeUnit.SECONDS)).isIn(200, 409);
                ConsentEvents.awaitVersion(consentId, 2);

                assertNothingLiveUnder(share, partner);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertNothingLiveUnder(String share, String partner) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<Map<String, Object>> releases = Fixtures.as("staff").queryParam("partnerId", partner)
                    .queryParam("size", 200).get("/api/v1/releases").then().statusCode(200).extract().path("items");
            List<Map<String, Object>> ofShare = releases.stream()
                    .filter(r -> share.equals(r.get("shareRequestId"))).toList();
            String outcome = ShareRequests.get(share).then().extract().path("outcome");
            if (ofShare.isEmpty()) {
                assertThat(outcome).isEqualTo("REFUSED");
                return;
            }
            assertThat(outcome).isEqualTo("APPROVED");
            assertThat(ofShare).singleElement().satisfies(r -> assertThat(r.get("status")).isEqualTo("WITHDRAWN"));
            String releaseId = (String) ofShare.get(0).get("id");
            Fixtures.as("dpo").queryParam("releaseId", releaseId).get("/api/v1/recipient-notifications").then()
                    .body("total", equalTo(1));
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
