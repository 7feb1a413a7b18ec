package org.infoshare.consent.api;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.infoshare.events.EventCodec;
import org.infoshare.events.access.PersonalDataAccessed;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** The data subject vault against the real database and broker. */
@QuarkusTest
class VaultTest {

    @Inject
    Pool pool;

    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("P11.1 identifiers are stored only as ciphertext with their key id; the blind index holds no plaintext")
    void identifiersAreCiphertextAtRest() {
        Map<String, Object> person = Subjects.person();
        String subjectId = Subjects.register(person);

        Row row = pool.preparedQuery("SELECT key_id, identity_ciphertext FROM vault_entry WHERE subject_id = $1")
                .execute(Tuple.of(subjectId)).await().indefinitely().iterator().next();
        String raw = new String(row.getBuffer("identity_ciphertext").getBytes(), StandardCharsets.ISO_8859_1);
        for (String identifier : List.of((String) person.get("givenName"), (String) person.get("familyName"),
                (String) person.get("email"), "1950-12-10", "Market Street", "LE15")) {
            assertThat(raw).doesNotContain(identifier);
        }
        assertThat(row.getLong("key_id")).isPositive();
        long plaintextIndexRows = pool.preparedQuery(
                        "SELECT count(*) FROM vault_lookup WHERE subject_id = $1 AND position(convert_to($2, 'UTF8') in digest) > 0")
                .execute(Tuple.of(subjectId, person.get("email"))).await().indefinitely().iterator().next().getLong(0);
        assertThat(plaintextIndexRows).isZero();
    }

    @Test
    @DisplayName("P6.1 reading a person's identifiers needs a purpose and is announced once as personal-data-accessed")
    void readIsRecordedWithItsPurpose() {
        Map<String, Object> person = Subjects.person();
        String subjectId = Subjects.register(person);
        try (TopicReader reader = new TopicReader("test.personal-data-accessed")) {
            assertProblem(given().auth().oauth2(Tokens.user("staff")).get("/api/v1/subjects/" + subjectId), 400);

            given().auth().oauth2(Tokens.user("dpo")).queryParam("purpose", "answer a subject access request")
                    .get("/api/v1/subjects/" + subjectId)
                    .then().statusCode(200)
                    .body("givenName", equalTo(person.get("givenName")))
                    .body("email", equalTo(person.get("email")))
                    .body("addressLines", contains("1 Market Street"));

            reader.await(r -> subjectId.equals(r.key()), 1, Duration.ofSeconds(30));
            var records = reader.drain(r -> subjectId.equals(r.key()), Duration.ofSeconds(1));
            assertThat(records).as("one event for one read; none for the refused read").hasSize(1);
            CloudEvent event = codec.deserialize(records.get(0).value());
            PersonalDataAccessed accessed = codec.data(event, PersonalDataAccessed.class);
            assertThat(accessed.actorRole()).isEqualTo("dpo");
            assertThat(accessed.purpose()).isEqualTo("answer a subject access request");
            assertThat(accessed.resource()).isEqualTo("vault-entry");
            assertThat(accessed.service()).isEqualTo("consent-service");
            assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8))
                    .doesNotContain((String) person.get("givenName"))
                    .doesNotContain((String) person.get("email"));
        }
    }

    @Test
    @DisplayName("P6.1 a person is found by an exact identifier through the blind index, however it is written")
    void lookupByExactIdentifier() {
        Map<String, Object> person = Subjects.person();
        String subjectId = Subjects.register(person);
        String email = ((String) person.get("email")).toUpperCase();
        String phone = "+44 " + ((String) person.get("phone")).substring(1);
        String nameAndBirth = person.get("givenName") + " " + person.get("familyName") + "|1950-12-10";

        for (Map<String, String> lookup : List.of(Map.of("kind", "EMAIL", "value", email),
                Map.of("kind", "PHONE", "value", phone),
                Map.of("kind", "NAME_AND_DATE_OF_BIRTH", "value", nameAndBirth))) {
            given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                    .body(Map.of("kind", lookup.get("kind"), "value", lookup.get("value"), "purpose", "find the caller"))
                    .post("/api/v1/subjects/lookups")
                    .then().statusCode(200).body("subjectIds", contains(subjectId));
        }
        given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("kind", "EMAIL", "value", "nobody@example.org", "purpose", "find the caller"))
                .post("/api/v1/subjects/lookups")
                .then().statusCode(200).body("subjectIds", empty());
    }

    @Test
    @DisplayName("P6.1 only staff and the DPO reach the vault: auditors, partners and services are refused")
    void onlyStaffAndDpoReachTheVault() {
        String subjectId = Subjects.register();
        for (String token : new String[] {Tokens.user("auditor"), Tokens.user("partner-a"), Tokens.user("norole"),
                Tokens.client("sharing-service"), Tokens.client("partner-a-system")}) {
            assertProblem(given().auth().oauth2(token).queryParam("purpose", "x")
                    .get("/api/v1/subjects/" + subjectId), 403);
            assertProblem(given().auth().oauth2(token).contentType(ContentType.JSON).body(Subjects.person())
                    .post("/api/v1/subjects"), 403);
            assertProblem(given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("kind", "EMAIL", "value", "a@b.org", "purpose", "x"))
                    .post("/api/v1/subjects/lookups"), 403);
            assertProblem(given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("status", "HAS_CAPACITY")).put("/api/v1/subjects/" + subjectId + "/capacity"), 403);
        }
        assertProblem(given().auth().oauth2(Tokens.user("staff")).queryParam("purpose", "x")
                .get("/api/v1/subjects/no-such-subject"), 404);
    }

    @Test
    @DisplayName("P6.9 a capacity assessment is recorded on the person")
    void capacityIsRecorded() {
        String subjectId = Subjects.register();
        given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("status", "LACKS_CAPACITY")).put("/api/v1/subjects/" + subjectId + "/capacity")
                .then().statusCode(204);
        given().auth().oauth2(Tokens.user("staff")).queryParam("purpose", "check capacity")
                .get("/api/v1/subjects/" + subjectId).then().statusCode(200).body("capacity", equalTo("LACKS_CAPACITY"));
    }

    @Test
    @DisplayName("P11.1 no identifier of a registered and read person reaches the service's log")
    void identifiersNeverReachTheLog() throws Exception {
        Map<String, Object> person = Subjects.person();
        String subjectId = Subjects.register(person);
        given().auth().oauth2(Tokens.user("staff")).queryParam("purpose", "log check")
                .get("/api/v1/subjects/" + subjectId).then().statusCode(200);
        Map<String, Object> bad = Subjects.person();
        bad.put("email", "not-an-email " + person.get("familyName"));
        given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(bad)
                .post("/api/v1/subjects").then().statusCode(400);

        String log = Files.readString(Path.of("target/consent-service-test.log"));
        assertThat(log).as("the test log is being written").contains("consent-service");
        for (String identifier : List.of((String) person.get("givenName"), (String) person.get("familyName"),
                (String) person.get("email"), (String) person.get("phone"))) {
            assertThat(log).doesNotContain(identifier);
        }
    }
}
