package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * Issue 13 item 4b: a small provider without an API answers a withdrawal notice, or acknowledges a
 * guidance note, through a signed, expiring, single-use link, by way of the dashboard's service
 * account (role provider-portal); every use and refused use is an event.
 */
@QuarkusTest
class ProviderLinkTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pattern LINK = Pattern.compile("http://localhost:8085/provider/([A-Za-z0-9_-]{43})");

    @Inject
    Pool pool;

    @Test
    @DisplayName("Issue 13 4b: a withdrawal to a partner without a webhook issues a link; its page shows the notice; it answers once as the partner API would (P6.8, P4.1)")
    void withdrawalLinkAnswersOnce() {
        String partner = "partner-c"; // a provider without a webhook (its users can attest its protocol)
        String release = Releases.withdrawnRelease(partner);
        String notification = Releases.notificationOf(release);
        Map<String, Object> notice = noticeOf(partner, notification);
        String token = tokenIn((String) notice.get("text"));
        assertThat(hashStored(token)).as("only the SHA-256 of the token is stored").isTrue();
        assertThat(eventsNaming("provider-link-issued", (String) notice.get("linkId"))).isEqualTo(1);

        portal().get("/api/v1/provider-links/" + token).then().statusCode(200)
                .body("purpose", equalTo("ANSWER_NOTIFICATION"))
                .body("partnerId", equalTo(partner))
                .body("partnerName", equalTo("Organisation " + partner))
                .body("notice.releaseId", equalTo(release))
                .body("notice.response", nullValue())
                .body("notice.subjectRef", nullValue());

        // the partner API's rules: continuing names a lawful condition; the refusal leaves the link usable
        assertProblem(portal().body(Map.of("response", "CONTINUING", "justification", "We still need it"))
                .post("/api/v1/provider-links/" + token + "/answer"), 422);
        portal().body(Map.of("response", "CEASED_DELETED")).post("/api/v1/provider-links/" + token + "/answer")
                .then().statusCode(200).body("response", equalTo("CEASED_DELETED"));

        Fixtures.as("staff").queryParam("releaseId", release).get("/api/v1/recipient-notifications").then()
                .statusCode(200).body("items[0].response", equalTo("CEASED_DELETED"));
        assertThat(eventsNaming("recipient-acknowledged", notification)).isEqualTo(1);
        assertThat(eventsNaming("provider-link-used", (String) notice.get("linkId"))).isEqualTo(1);
        assertThat(noticeOf(partner, notification).get("text")).as("the notice goes once the link is used")
                .isNull();

        // a second use is refused and recorded; a look at a used link is gone too
        assertProblem(portal().body(Map.of("response", "CEASED_RETURNED"))
                .post("/api/v1/provider-links/" + token + "/answer"), 410, "gone");
        assertProblem(portal().get("/api/v1/provider-links/" + token), 410, "gone");
        assertThat(eventsNaming("provider-link-refused", (String) notice.get("linkId"))).isEqualTo(1);
        assertThat(eventsNaming("provider-link-used", (String) notice.get("linkId"))).isEqualTo(1);
    }

    @Test
    @DisplayName("Issue 13 4b: a guidance note issues a link to each small provider of its kind, which acknowledges it once (P1.3)")
    void guidanceLinkAcknowledgesOnce() {
        String partner = Fixtures.randomId("care-home");
        Fixtures.ensure(Fixtures.partner(partner, "SMALL_PROVIDER", "CARE_HOME"));
        String note = Fixtures.publishGuidance("CARE_HOME");
        Map<String, Object> notice = noticeOf(partner, note);
        assertThat(notice.get("purpose")).isEqualTo("ACKNOWLEDGE_GUIDANCE");
        String token = tokenIn((String) notice.get("text"));

        portal().get("/api/v1/provider-links/" + token).then().statusCode(200)
                .body("purpose", equalTo("ACKNOWLEDGE_GUIDANCE"))
                .body("guidance.guidanceNoteId", equalTo(note))
                .body("guidance.acknowledged", equalTo(false));
        portal().post("/api/v1/provider-links/" + token + "/acknowledgement").then().statusCode(200)
                .body("guidanceNoteId", equalTo(note)).body("recorded", equalTo(true));
        assertThat(eventsNaming("guidance-acknowledged", note)).isEqualTo(1);
        assertProblem(portal().post("/api/v1/provider-links/" + token + "/acknowledgement"), 410, "gone");
    }

    @Test
    @DisplayName("Issue 13 4b: a link is bound to its purpose (409, recorded), expires (410, recorded), and an unknown token is 404")
    void purposeExpiryAndUnknown() {
        String partner = Fixtures.randomId("care-home");
        Fixtures.ensure(Fixtures.partner(partner, "SMALL_PROVIDER", "CARE_HOME"));
        Map<String, Object> notice = noticeOf(partner, Fixtures.publishGuidance("CARE_HOME"));
        String linkId = (String) notice.get("linkId");
        String token = tokenIn((String) notice.get("text"));

        assertProblem(portal().body(Map.of("response", "CEASED_DELETED"))
                .post("/api/v1/provider-links/" + token + "/answer"), 409, "conflict");
        assertThat(eventsNaming("provider-link-refused", linkId)).isEqualTo(1);

        pool.preparedQuery("UPDATE provider_link SET expires_at = now() - interval '1 minute' WHERE id = $1::uuid")
                .execute(Tuple.of(linkId)).await().atMost(WAIT);
        assertProblem(portal().get("/api/v1/provider-links/" + token), 410, "gone");
        assertProblem(portal().post("/api/v1/provider-links/" + token + "/acknowledgement"), 410, "gone");
        assertThat(eventsNaming("provider-link-refused", linkId)).isEqualTo(2);
        assertThat(eventsNaming("provider-link-used", linkId)).isZero();

        assertProblem(portal().get("/api/v1/provider-links/" + "A".repeat(43)), 404);
        assertProblem(portal().get("/api/v1/provider-links/not-a-token"), 404);
    }

    @Test
    @DisplayName("Issue 13 4b: only the dashboard's service account (provider-portal) uses links: partners and staff get 403")
    void onlyTheProviderPortalRole() {
        String partner = Fixtures.randomId("care-home");
        Fixtures.ensure(Fixtures.partner(partner, "SMALL_PROVIDER", "CARE_HOME"));
        String token = tokenIn((String) noticeOf(partner, Fixtures.publishGuidance("CARE_HOME")).get("text"));
        for (String user : List.of("staff", "dpo", "partner-b")) {
            as(Tokens.user(user)).get("/api/v1/provider-links/" + token).then().statusCode(403);
            as(Tokens.user(user)).post("/api/v1/provider-links/" + token + "/acknowledgement").then().statusCode(403);
        }
        as(Tokens.client("partner-b-system")).post("/api/v1/provider-links/" + token + "/acknowledgement").then()
                .statusCode(403);
        portal().get("/api/v1/provider-notices").then().statusCode(403);
        portal().get("/api/v1/provider-links/" + token).then().statusCode(200);
    }

    @Test
    @DisplayName("Issue 13 4b: concurrent uses of one link: exactly one answers, the others are 410")
    void concurrentUsesAnswerOnce() {
        String partner = "partner-c";
        String release = Releases.withdrawnRelease(partner);
        Map<String, Object> notice = noticeOf(partner, Releases.notificationOf(release));
        String token = tokenIn((String) notice.get("text"));
        List<CompletableFuture<Integer>> uses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            uses.add(CompletableFuture.supplyAsync(() -> portal().body(Map.of("response", "CEASED_DELETED"))
                    .post("/api/v1/provider-links/" + token + "/answer").statusCode()));
        }
        List<Integer> statuses = uses.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 410).hasSize(5);
        assertThat(eventsNaming("provider-link-used", (String) notice.get("linkId"))).isEqualTo(1);
        assertThat(eventsNaming("recipient-acknowledged", Releases.notificationOf(release))).isEqualTo(1);
    }

    static RequestSpecification portal() {
        return as(Tokens.client("dashboard-portal"));
    }

    private static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** The partner's notice about this notification or guidance note, as staff see it to send. */
    static Map<String, Object> noticeOf(String partnerId, String targetId) {
        List<Map<String, Object>> notices = Fixtures.as("staff").queryParam("partnerId", partnerId)
                .get("/api/v1/provider-notices").then().statusCode(200).extract().path("$");
        return notices.stream().filter(n -> targetId.equals(n.get("targetId"))).findFirst()
                .map(HashMap::new).orElseThrow(() -> new AssertionError("no notice about " + targetId + " for " + partnerId));
    }

    static String tokenIn(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("the notice carries the link: " + text.length() + " characters").isTrue();
        return link.group(1);
    }

    private boolean hashStored(String token) {
        return pool.preparedQuery("SELECT count(*) FROM provider_link WHERE token_hash = $1 AND token_hash <> $2")
                .execute(Tuple.of(org.infoshare.rules.LinkSecret.hexHash(token), token))
                .await().atMost(WAIT).iterator().next().getLong(0) == 1;
    }

    private long eventsNaming(String type, String id) {
        return pool.preparedQuery("SELECT count(*) FROM outbox_event WHERE event_type LIKE '%.' || $1 || '.v%' AND payload LIKE '%' || $2 || '%'")
                .execute(Tuple.of(type, id)).await().atMost(WAIT).iterator().next().getLong(0);
    }
}
