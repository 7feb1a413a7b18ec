package org.infoshare.consent.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** POSTs honour Idempotency-Key: a retried request is answered again and changes nothing. */
@QuarkusTest
class IdempotencyKeyTest {

    @Test
    @DisplayName("a consent retried with the same Idempotency-Key is stored and announced once, and answered the same")
    void retriedConsentIsAppliedOnce() {
        Map<String, Object> body = ConsentRequests.consent();
        String subjectId = (String) body.get("subjectId");
        String key = UUID.randomUUID().toString();
        try (TopicReader reader = new TopicReader("test.consent-events")) {
            Response first = post("staff", key, "/api/v1/consents", body);
            Response retry = post("staff", key, "/api/v1/consents", body);

            first.then().statusCode(201);
            retry.then().statusCode(201).header("Idempotent-Replayed", "true");
            assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
            assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
            given().auth().oauth2(Tokens.user("staff")).queryParam("subjectId", subjectId).get("/api/v1/consents")
                    .then().body("total", equalTo(1));
            // the consent's events (the person's registration, X1, shares the key)
            java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> ofConsent =
                    r -> subjectId.equals(r.key()) && !new String(r.value(), java.nio.charset.StandardCharsets.UTF_8)
                            .contains("subject-registered");
            reader.await(ofConsent, 1, Duration.ofSeconds(30));
            assertThat(reader.drain(ofConsent, Duration.ofSeconds(2))).hasSize(1);
        }
    }

    @Test
    @DisplayName("the same Idempotency-Key with a different body is refused with 422 and changes nothing")
    void reusedKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        post("staff", key, "/api/v1/subjects", Subjects.person()).then().statusCode(201);
        assertProblem(post("staff", key, "/api/v1/subjects", Subjects.person()), 422, "unprocessable");
    }

    @Test
    @DisplayName("keys are per caller: another user's request with the same key is a request of its own")
    void keysArePerCaller() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> person = Subjects.person();
        String first = post("staff", key, "/api/v1/subjects", person).then().statusCode(201).extract().path("subjectId");
        String second = post("dpo", key, "/api/v1/subjects", person).then().statusCode(201).extract().path("subjectId");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    @DisplayName("P6.8 a withdrawal retried with its key is answered as the first time, not as a repeat")
    void retriedWithdrawalReplaysItsAnswer() {
        String id = ConsentRequests.give(ConsentRequests.consent());
        String key = UUID.randomUUID().toString();
        Map<String, Object> withdrawal = Map.of("whole", true, "channel", "PHONE");
        post("staff", key, "/api/v1/consents/" + id + "/withdrawals", withdrawal).then().statusCode(200)
                .body("changed", equalTo(true));
        post("staff", key, "/api/v1/consents/" + id + "/withdrawals", withdrawal).then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("changed", equalTo(true));
    }

    private static Response post(String user, String key, String path, Object body) {
        return given().auth().oauth2(Tokens.user(user)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post(path);
    }
}
