package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.infoshare.events.EventCodec;
import org.infoshare.events.sharing.ReleaseDelivered;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P11.1 through the API: the protocol's agreed method governs how a release is delivered. The
 * partner API serves SECURE_API releases only, the portal PORTAL ones, and staff send SECURE_EMAIL
 * ones to the protocol's named recipient, recording it; a protocol whose channel is weaker than the
 * data needs is refused. Each test agrees its own protocol for partner-d's second purpose, reviewed
 * later than any other so it governs, and ends it afterwards.
 */
@QuarkusTest
class DisclosureMethodApiTest {

    private static final String PURPOSE = "research";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Pool pool;

    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("P11.1 a PORTAL release is refused by the partner API (409 naming P11.1 and the portal), nothing counted; collected from the portal, its first collection its delivery")
    void portalReleaseOnlyThroughThePortal() {
        String protocol = protocolFor("PORTAL");
        try {
            String release = approvedRelease("INTERNAL");
            Releases.release(release).then().statusCode(200).body("channel", equalTo("PORTAL"))
                    .body("protocolId", equalTo(protocol)).body("stage", equalTo("STORED"))
                    .body("deliveredAt", nullValue());

            refusedByP11(Releases.fetch("partner-d", release), "partner portal");
            assertThat(fetchCount(release)).as("a refused fetch is not counted").isZero();
            Releases.release(release).then().body("stage", equalTo("STORED"));

            portal("partner-d", release).then().statusCode(200).body("channel", equalTo("PORTAL"))
                    .body("cells.size()", equalTo(3));
            portal("partner-d", release).then().statusCode(200);
            Releases.release(release).then().body("stage", equalTo("FETCHED")).body("deliveredAt", notNullValue())
                    .body("deliveredBy", equalTo(Tokens.actorId("partner-d")));
            assertThat(fetchCount(release)).isEqualTo(2);
            List<ReleaseDelivered> delivered = delivered(release);
            assertThat(delivered).as("only the first collection is the delivery").hasSize(1);
            assertThat(delivered.get(0).channel().name()).isEqualTo("PORTAL");
            assertThat(delivered.get(0).deliveredBy()).isEqualTo(Tokens.actorId("partner-d"));
        } finally {
            end(protocol);
        }
    }

    @Test
    @DisplayName("P11.1 a SECURE_API release is served by the partner API and refused by the portal")
    void secureApiReleaseNotThroughThePortal() {
        String protocol = protocolFor("SECURE_API");
        try {
            String release = approvedRelease("INTERNAL");
            refusedByP11(portal("partner-d", release), "partner API");
            Releases.fetch("partner-d", release).then().statusCode(200).body("channel", equalTo("SECURE_API"));
        } finally {
            end(protocol);
        }
    }

    @Test
    @DisplayName("P11.1 a SECURE_EMAIL release is refused by the partner API and the portal; staff send it to the protocol's named recipient and record it, once")
    void secureEmailReleaseIsHandedOverByStaff() {
        String protocol = protocolFor("SECURE_EMAIL");
        try {
            String release = approvedRelease("INTERNAL");
            refusedByP11(Releases.fetch("partner-d", release), "secure e-mail to the protocol's named recipient");
            refusedByP11(portal("partner-d", release), "secure e-mail to the protocol's named recipient");
            assertThat(fetchCount(release)).isZero();
            assertThat(delivered(release)).isEmpty();

            Fixtures.as("staff").get("/api/v1/releases/" + release + "/secure-email-package").then().statusCode(200)
                    .body("channel", equalTo("SECURE_EMAIL")).body("cells.size()", equalTo(3));
            Fixtures.as("staff").post("/api/v1/releases/" + release + "/secure-email-handover").then().statusCode(200)
                    .body("channel", equalTo("SECURE_EMAIL")).body("protocolId", equalTo(protocol))
                    .body("namedRecipient", equalTo("Head of Patient Experience"))
                    .body("sender", equalTo("Intelligence team"))
                    .body("sentBy", equalTo(Tokens.actorId("staff"))).body("stage", equalTo("FETCHED"));
            Releases.release(release).then().body("stage", equalTo("FETCHED"))
                    .body("deliveredBy", equalTo(Tokens.actorId("staff")));
            var again = Fixtures.as("dpo").post("/api/v1/releases/" + release + "/secure-email-handover");
            assertProblem(again, 409, "conflict");
            again.then().body("detail", containsString("already sent"));
            List<ReleaseDelivered> delivered = delivered(release);
            assertThat(delivered).hasSize(1);
            assertThat(delivered.get(0).channel().name()).isEqualTo("SECURE_EMAIL");
            assertThat(delivered.get(0).deliveredBy()).isEqualTo(Tokens.actorId("staff"));
        } finally {
            end(protocol);
        }
    }

    @Test
    @DisplayName("P11.1 a release by another channel cannot be recorded as sent by secure e-mail, nor its package taken for it")
    void handoverOnlyForSecureEmail() {
        String protocol = protocolFor("SECURE_API");
        try {
            String release = approvedRelease("INTERNAL");
            refusedByP11(Fixtures.as("staff").post("/api/v1/releases/" + release + "/secure-email-handover"),
                    "partner API");
            refusedByP11(Fixtures.as("staff").get("/api/v1/releases/" + release + "/secure-email-package"),
                    "partner API");
            Releases.release(release).then().body("stage", equalTo("STORED"));
            assertThat(delivered(release)).isEmpty();
        } finally {
            end(protocol);
        }
    }

    @Test
    @DisplayName("P11.1 a protocol agreeing a channel weaker than the data's sensitivity needs: the share is refused naming P11.1 and nothing is released")
    void weakerChannelThanTheSensitivityIsRefused() {
        String protocol = protocolFor("PORTAL");
        try {
            String share = ShareRequests.post(aggregate("CONFIDENTIAL")).then().statusCode(201)
                    .body("outcome", equalTo("REFUSED")).body("reasons", equalTo(List.of("P11.1")))
                    .extract().path("id");
            List<Map<String, Object>> items = Fixtures.as("staff").queryParam("partnerId", "partner-d")
                    .queryParam("size", 200).get("/api/v1/releases").then().statusCode(200).extract().path("items");
            assertThat(items).noneMatch(r -> share.equals(r.get("shareRequestId")));
            // the same protocol carries INTERNAL data, for which the portal is enough
            assertThat(approvedRelease("INTERNAL")).isNotNull();
        } finally {
            end(protocol);
        }
    }

    /** 409 naming P11.1 and saying how the release is delivered instead. */
    private static void refusedByP11(io.restassured.response.Response response, String howDelivered) {
        assertProblem(response, 409, "conflict");
        response.then().body("rules", equalTo(List.of("P11.1"))).body("detail", containsString(howDelivered));
    }

    /** Agrees (and attests) a protocol with partner-d for the second purpose by this channel, governing it; answers its id. */
    static String protocolFor(String channel) {
        Fixtures.ensure(Fixtures.partner("partner-d", "SERVICE_PROVIDER", null));
        Map<String, Object> body = new HashMap<>(Fixtures.protocol("partner-d", PURPOSE));
        body.put("method", Map.of("channel", channel, "sender", "Intelligence team",
                "namedRecipient", "Head of Patient Experience"));
        body.put("reviewDate", LocalDate.now().plusYears(3).toString());
        String id = Fixtures.dpo().body(body).post("/api/v1/protocols").then().statusCode(201).extract().path("id");
        Fixtures.dpo().body(Map.of("status", "AGREED")).post("/api/v1/protocols/" + id + "/status").then()
                .statusCode(200);
        Fixtures.attested(id, "partner-d");
        return id;
    }

    /** Ends the test's protocol, so the partner's other flows are governed as before. */
    static void end(String protocol) {
        Fixtures.dpo().body(Map.of("status", "EXPIRED")).post("/api/v1/protocols/" + protocol + "/status").then()
                .statusCode(200);
    }

    private static Map<String, Object> aggregate(String sensitivity) {
        Map<String, Object> body = new HashMap<>(ShareRequests.aggregate("partner-d"));
        body.put("purpose", PURPOSE);
        body.put("sensitivity", sensitivity);
        return body;
    }

    static String approvedRelease(String sensitivity) {
        String share = ShareRequests.post(aggregate(sensitivity)).then().statusCode(201)
                .body("outcome", equalTo("APPROVED")).extract().path("id");
        return Releases.releaseOf(share, "partner-d");
    }

    private static io.restassured.response.Response portal(String partnerUser, String releaseId) {
        return Releases.partner(partnerUser).get("/api/v1/partner/portal/releases/" + releaseId);
    }

    private int fetchCount(String releaseId) {
        return pool.preparedQuery("SELECT fetch_count FROM release WHERE id = $1")
                .execute(Tuple.of(java.util.UUID.fromString(releaseId))).await().atMost(WAIT).iterator().next()
                .getInteger(0);
    }

    /** release-delivered events in the outbox for this release. */
    private List<ReleaseDelivered> delivered(String releaseId) {
        List<ReleaseDelivered> found = new ArrayList<>();
        for (Row row : pool.preparedQuery("SELECT payload FROM outbox_event WHERE event_type = $1 "
                        + "AND payload LIKE '%' || $2 || '%' ORDER BY id")
                .execute(Tuple.of("org.infoshare.release-delivered.v1", releaseId)).await().atMost(WAIT)) {
            found.add(codec.data(codec.deserialize(row.getString(0).getBytes(StandardCharsets.UTF_8)),
                    ReleaseDelivered.class));
        }
        return found;
    }
}
