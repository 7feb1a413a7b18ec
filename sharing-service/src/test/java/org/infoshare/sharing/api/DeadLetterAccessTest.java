package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.infoshare.testing.Tokens;
import org.infoshare.testing.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * The operators' dead-letter endpoint, served by every service from api-support: role {@code ops}
 * only; a poison record on consent-events is listed (without its payload) and its replay answers
 * a failure with the reason.
 */
@QuarkusTest
class DeadLetterAccessTest {

    private static final String DEAD_LETTERS = "/api/v1/ops/dead-letters";

    @Test
    @DisplayName("only ops may list or replay dead letters: staff, DPO and auditor get 403, no token 401")
    void onlyOpsIsAdmitted() {
        for (String user : new String[] {"staff", "dpo", "auditor"}) {
            String token = Tokens.user(user);
            assertProblem(given().auth().oauth2(token).get(DEAD_LETTERS), 403);
            assertProblem(given().auth().oauth2(token).post(DEAD_LETTERS + "/0/0/replay"), 403);
            assertProblem(given().auth().oauth2(token).post(DEAD_LETTERS + "/replay"), 403);
        }
        assertProblem(given().get(DEAD_LETTERS), 401);
        assertProblem(given().post(DEAD_LETTERS + "/replay"), 401);
    }

    @Test
    @TestSecurity(user = "ops", roles = "ops")
    @DisplayName("ops lists a poison record without its payload and its replay answers FAILED with the reason")
    void opsListsAndReplays() {
        String key = "poison-" + UUID.randomUUID();
        ConsumerRecord<String, byte[]> dead;
        try (TopicReader reader = new TopicReader("test.sharing-service.dead-letter");
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                     Map.of("bootstrap.servers", "127.0.0.1:9092"), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("test.consent-events", key,
                    ("secret " + key).getBytes(StandardCharsets.UTF_8)));
            producer.flush();
            dead = reader.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
        }

        Response page = given().queryParam("size", 500).get(DEAD_LETTERS);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.jsonPath().getLong("total")).isPositive();
        assertThat(page.body().asString()).doesNotContain(key);

        given().post(DEAD_LETTERS + "/" + dead.partition() + "/" + dead.offset() + "/replay").then().statusCode(200)
                .body("outcome", org.hamcrest.Matchers.equalTo("FAILED"))
                .body("reason", notNullValue())
                .body("offset", org.hamcrest.Matchers.equalTo((int) dead.offset()));

        assertProblem(given().post(DEAD_LETTERS + "/" + dead.partition() + "/999999999/replay"), 404, "not-found");
        assertProblem(given().queryParam("size", 0).get(DEAD_LETTERS), 400);
    }
}
