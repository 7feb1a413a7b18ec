package org.infoshare.sharing.api;

import org.infoshare.events.consent.ConsentEvent;
import org.infoshare.events.consent.ConsentGiven;
import org.infoshare.events.vocabulary.CaptureChannel;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.testing.Tokens;
import org.infoshare.testing.TopicWriter;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.restassured.RestAssured;
import static org.awaitility.Awaitility.await;

/** Plays consent-service: puts consent events on the real test topic, as its outbox relay would. */
final class ConsentEvents implements AutoCloseable {

    static final String TOPIC = "test.consent-events";
    private final TopicWriter writer = new TopicWriter(TOPIC, URI.create("urn:infoshare:consent-service"));

    static ConsentGiven given(UUID consentId, String subjectId, List<String> purposes, List<String> partners,
                              Instant capturedAt) {
        return new ConsentGiven(consentId, subjectId, 1, purposes, List.of("experience", "service-used"), partners,
                List.of(), LawfulBasis.A, null, UUID.randomUUID(), 1, CaptureChannel.WRITTEN, "staff-1", capturedAt,
                365, null, false);
    }

    /** Sends an event with a fresh id; answers the bytes so a test can redeliver them. */
    byte[] send(ConsentEvent event) {
        return writer.send(event, Instant.now());
    }

    void sendRaw(String key, byte[] value) {
        writer.sendRaw(key, value);
    }

    /** Waits until sharing-service's projection of the consent has reached a version. */
    static void awaitVersion(UUID consentId, long version) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = RestAssured.given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/consent-projections/" + consentId);
            return response.statusCode() == 200 && response.jsonPath().getLong("version") >= version;
        });
    }

    @Override
    public void close() {
        writer.close();
    }
}
