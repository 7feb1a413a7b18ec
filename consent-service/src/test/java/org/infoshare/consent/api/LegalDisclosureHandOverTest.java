package org.infoshare.consent.api;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.access.PersonalDataAccessed;
import org.infoshare.events.consent.LegalDisclosureHandedOver;
import org.infoshare.events.sharing.LegalDisclosureApproved;
import org.infoshare.events.vocabulary.HandOverChannel;
import org.infoshare.events.vocabulary.LegalRecipientKind;
import org.infoshare.events.vocabulary.NotToldReason;
import org.infoshare.testing.Tokens;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.TopicWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P2.1 against the real broker and database: sharing-service's legal-disclosure-approved
 * (published here as its relay would, and redelivered) has the vault read once with its purpose
 * (recorded), the identity kept encrypted, handed out once to the DPO (recorded), and the DPO's
 * hand-over recorded and announced once as legal-disclosure-handed-over, without the identity.
 */
@QuarkusTest
class LegalDisclosureHandOverTest {

    private static final String HANDED_OVER = "org.infoshare.legal-disclosure-handed-over.v1";
    private static final String PATH = "/api/v1/legal-disclosures/";

    @Inject
    Pool pool;

    private final TopicWriter sharing = new TopicWriter("test.sharing-events", URI.create("urn:infoshare:sharing-service"));
    private final EventCodec codec = new EventCodec();

    @AfterEach
    void close() {
        sharing.close();
    }

    private static LegalDisclosureApproved approved(String subjectId, boolean identifiable) {
        return new LegalDisclosureApproved(UUID.randomUUID(), subjectId, LegalRecipientKind.COURT,
                "Northampton Crown Court", "T20267001", identifiable, false, NotToldReason.ORDER_FORBIDS, "dpo-1",
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private void publish(LegalDisclosureApproved event, int deliveries) {
        byte[] value = sharing.envelope(event, UUID.randomUUID(), event.decidedAt());
        for (int i = 0; i < deliveries; i++) {
            sharing.sendRaw(event.partitionKey(), value);
        }
    }

    private static void awaitPrepared(UUID disclosureId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().auth().oauth2(Tokens.user("dpo")).get(PATH + disclosureId).statusCode() == 200);
    }

    private static io.restassured.response.Response handOver(UUID disclosureId, String channel) {
        return given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON).body(Map.of("channel", channel))
                .post(PATH + disclosureId + "/hand-over");
    }

    @Test
    @DisplayName("P2.1 a legal-duty disclosure delivered twice reads the vault once with its purpose, hands the identity to the DPO once (recorded), and records the hand-over once, announced without the identity")
    void identityOnceAndHandOverAnnounced() throws Exception {
        Map<String, Object> person = Subjects.person();
        String subjectId = Subjects.register(person);
        LegalDisclosureApproved request = approved(subjectId, true);
        UUID id = request.disclosureId();

        try (TopicReader accessed = new TopicReader("test.personal-data-accessed");
             TopicReader consentEvents = new TopicReader("test.consent-events")) {
            publish(request, 2);
            awaitPrepared(id);

            // The service's own vault read, once, with the purpose naming the disclosure and the order.
            accessed.await(r -> subjectId.equals(r.key()), 1, Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> reads = accessed.drain(r -> subjectId.equals(r.key()),
                    Duration.ofSeconds(1));
            assertThat(reads).as("one vault read for two deliveries").hasSize(1);
            PersonalDataAccessed read = codec.data(codec.deserialize(reads.get(0).value()), PersonalDataAccessed.class);
            assertThat(read.actorId()).isEqualTo("consent-service");
            assertThat(read.resource()).isEqualTo("vault-entry");
            assertThat(read.purpose()).startsWith("legal-duty-disclosure").contains(id.toString()).contains("T20267001");

            // At rest: ciphertext only.
            Row row = pool.preparedQuery("SELECT status, key_id, identity_ciphertext FROM legal_disclosure_package"
                    + " WHERE disclosure_id = $1").execute(Tuple.of(id)).await().indefinitely().iterator().next();
            assertThat(row.getString("status")).isEqualTo("PREPARED");
            assertThat(row.getLong("key_id")).isPositive();
            String raw = new String(row.getBuffer("identity_ciphertext").getBytes(), StandardCharsets.ISO_8859_1);
            assertThat(raw).doesNotContain((String) person.get("familyName")).doesNotContain("Market Street");

            // Only the DPO; the listing shows no identity; no hand-over before the identity is fetched.
            assertThat(given().auth().oauth2(Tokens.user("staff")).post(PATH + id + "/identity").statusCode())
                    .isEqualTo(403);
            assertThat(given().auth().oauth2(Tokens.user("staff")).get(PATH).statusCode()).isEqualTo(403);
            String list = given().auth().oauth2(Tokens.user("dpo")).queryParam("size", 200).get(PATH)
                    .then().statusCode(200).extract().asString();
            assertThat(list).contains(id.toString()).doesNotContain((String) person.get("familyName"));
            assertProblem(handOver(id, "COURT_PORTAL"), 409);

            // The identity, once, recorded as the DPO's read.
            given().auth().oauth2(Tokens.user("dpo")).post(PATH + id + "/identity").then().statusCode(200)
                    .body("familyName", equalTo(person.get("familyName")))
                    .body("addressLines", contains("1 Market Street"))
                    .body("disclosure.orderReference", equalTo("T20267001"))
                    .body("disclosure.notToldReason", equalTo("ORDER_FORBIDS"));
            assertProblem(given().auth().oauth2(Tokens.user("dpo")).post(PATH + id + "/identity"), 409);
            accessed.await(r -> subjectId.equals(r.key()), 2, Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> dpoReads = accessed.drain(r -> subjectId.equals(r.key()),
                    Duration.ofSeconds(1));
            assertThat(dpoReads).as("the service's read, then one recorded read by the DPO").hasSize(2);
            PersonalDataAccessed dpoRead = codec.data(codec.deserialize(dpoReads.get(1).value()),
                    PersonalDataAccessed.class);
            assertThat(dpoRead.actorRole()).isEqualTo("dpo");
            assertThat(dpoRead.resource()).isEqualTo("legal-disclosure-identity");
            assertThat(dpoRead.purpose()).startsWith("legal-duty-disclosure");
            Row cleared = pool.preparedQuery("SELECT identity_ciphertext, identity_fetched_by FROM"
                    + " legal_disclosure_package WHERE disclosure_id = $1").execute(Tuple.of(id)).await().indefinitely()
                    .iterator().next();
            assertThat(cleared.getValue("identity_ciphertext")).isNull();
            assertThat(cleared.getString("identity_fetched_by")).isNotBlank();

            // The hand-over, recorded once and announced once on consent-events.
            handOver(id, "COURT_PORTAL").then().statusCode(200).body("status", equalTo("HANDED_OVER"))
                    .body("handOverChannel", equalTo("COURT_PORTAL"));
            assertProblem(handOver(id, "POST"), 409);
            consentEvents.await(r -> subjectId.equals(r.key()), 1, Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> answers = consentEvents.drain(r -> subjectId.equals(r.key()),
                    Duration.ofSeconds(2));
            assertThat(answers).hasSize(1);
            CloudEvent event = codec.deserialize(answers.get(0).value());
            assertThat(event.getType()).isEqualTo(HANDED_OVER);
            assertThat(event.getSource().toString()).isEqualTo("urn:infoshare:consent-service");
            LegalDisclosureHandedOver done = codec.data(event, LegalDisclosureHandedOver.class);
            assertThat(done.disclosureId()).isEqualTo(id);
            assertThat(done.channel()).isEqualTo(HandOverChannel.COURT_PORTAL);
            assertThat(done.identityIncluded()).isTrue();
            assertThat(new String(answers.get(0).value(), StandardCharsets.UTF_8))
                    .doesNotContain((String) person.get("familyName")).doesNotContain("Market Street");
        }
        String log = Files.readString(Path.of("target/consent-service-test.log"));
        assertThat(log).doesNotContain((String) person.get("familyName")).doesNotContain((String) person.get("email"));
    }

    @Test
    @DisplayName("P2.1 a disclosure whose order needs no identity reads nothing from the vault and is handed over directly; an unknown person has nothing to hand over")
    void withoutIdentityOrPerson() {
        String subjectId = Subjects.register();
        LegalDisclosureApproved anonymous = approved(subjectId, false);
        LegalDisclosureApproved nobody = approved("subj-unknown-" + UUID.randomUUID(), true);
        try (TopicReader accessed = new TopicReader("test.personal-data-accessed")) {
            publish(anonymous, 1);
            publish(nobody, 1);
            awaitPrepared(anonymous.disclosureId());
            awaitPrepared(nobody.disclosureId());
            assertThat(accessed.drain(r -> subjectId.equals(r.key()) || nobody.subjectId().equals(r.key()),
                    Duration.ofSeconds(2))).isEmpty();
        }
        assertProblem(given().auth().oauth2(Tokens.user("dpo")).post(PATH + anonymous.disclosureId() + "/identity"), 409);
        handOver(anonymous.disclosureId(), "SECURE_EMAIL").then().statusCode(200).body("status", equalTo("HANDED_OVER"));

        given().auth().oauth2(Tokens.user("dpo")).get(PATH + nobody.disclosureId()).then()
                .body("status", equalTo("UNKNOWN_SUBJECT"));
        assertProblem(given().auth().oauth2(Tokens.user("dpo")).post(PATH + nobody.disclosureId() + "/identity"), 409);
        assertProblem(handOver(nobody.disclosureId(), "POST"), 409);
        assertProblem(handOver(UUID.randomUUID(), "POST"), 404);
        assertProblem(handOver(anonymous.disclosureId(), "CARRIER_PIGEON"), 400);
    }
}
