package org.infoshare.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.consent.ConsentGiven;
import org.infoshare.testing.Tokens;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.TopicWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.e2e.Journeys.approvedRelease;
import static org.infoshare.e2e.Journeys.consent;
import static org.infoshare.e2e.Journeys.giveConsent;
import static org.infoshare.e2e.Journeys.registerSubject;
import static org.infoshare.e2e.Journeys.release;
import static org.infoshare.e2e.Journeys.serviceProvider;
import static org.infoshare.e2e.Journeys.sharing;

/**
 * Nothing lost (issue 10): withdrawals reach every recipient record through the faults production
 * will meet, against the packaged services as processes and the real servers. Each scenario
 * checks sets, not counts: every release of every withdrawn consent is WITHDRAWN with exactly one
 * notification, and (after the suite) nothing sits in a dead-letter topic but what a scenario
 * poisoned on purpose, and the audit trail holds every withdrawal and verifies. Recovery times
 * are written to {@code target/e2e-logs/fault-suite.txt}.
 */
@ExtendWith(Platform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    private static final List<String> PARTNERS = List.of("partner-a", "partner-c");
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final List<String> CONSUMING_SERVICES = List.of("consent-service", "sharing-service",
            "breach-service", "audit-service");

    private static final Map<String, TopicReader> DEAD_LETTERS = new LinkedHashMap<>();
    private static final Set<String> POISONED_KEYS = ConcurrentHashMap.newKeySet();
    private static final List<Person> WITHDRAWN = new ArrayList<>();

    /** A person with a consent to both partners and one live release to each. */
    record Person(String subject, String consentId, List<String> releases) {
    }

    @BeforeAll
    static void partnersAndDeadLetterWatch() {
        PARTNERS.forEach(partner -> serviceProvider(partner, null));
        for (String service : CONSUMING_SERVICES) {
            String topic = Platform.TOPIC_PREFIX + service + ".dead-letter";
            DEAD_LETTERS.put(topic, new TopicReader(topic));
        }
    }

    @AfterAll
    static void nothingElseDeadLetteredAndTheTrailIsComplete() {
        try {
            for (ServiceProcess service : Platform.services()) {
                await(service.name() + " ready again after the faults").atMost(PATIENCE).untilAsserted(() ->
                        assertThat(readiness(service.name())).as(readinessReport(service.name())).isEqualTo(200));
            }
            DEAD_LETTERS.forEach((topic, reader) -> assertThat(reader.drain(r -> !POISONED_KEYS.contains(r.key()),
                    Duration.ofSeconds(2))).as("unexpected dead letters in " + topic).isEmpty());
            for (Person person : WITHDRAWN) {
                await("the trail of " + person.subject()).atMost(PATIENCE).untilAsserted(() -> {
                    List<String> types = audit().queryParam("subject", person.subject()).queryParam("size", 500)
                            .get("/api/v1/trail/entries").then().statusCode(200).extract().jsonPath().getList("items.type");
                    assertThat(types).filteredOn(t -> t.contains("consent-withdrawn")).hasSize(1);
                    assertThat(types).filteredOn(t -> t.contains("recipient-notified")).hasSize(person.releases().size());
                });
            }
            JsonPath report = audit().get("/api/v1/trail/verify").then().statusCode(200).extract().jsonPath();
            assertThat(report.getBoolean("ok")).as(report.prettify()).isTrue();
        } finally {
            DEAD_LETTERS.values().forEach(TopicReader::close);
        }
    }

    @Test
    @Order(1)
    @DisplayName("P6.8 the database refuses sharing-service's logins for 10 s while withdrawals arrive: readiness DOWN meanwhile, then every record withdrawn once")
    void databaseRefusesLoginsWhileWithdrawalsArrive() throws Exception {
        List<Person> people = people(6);
        Faults.refuseLogins("sharing_svc");
        Instant restored;
        try {
            people.forEach(person -> withdraw(person.consentId()));
            await("sharing-service not ready while its database refuses it").atMost(Duration.ofSeconds(8))
                    .until(() -> readiness("sharing-service") == 503);
            Thread.sleep(10_000);
        } finally {
            Faults.allowLogins("sharing_svc");
            restored = Instant.now();
        }
        assertPropagated(people);
        record("database refused logins 10 s", Duration.between(restored, Instant.now()));
        await().atMost(PATIENCE).until(() -> readiness("sharing-service") == 200);
    }

    @Test
    @Order(2)
    @DisplayName("P6.8 a DPO approval racing a withdrawal, 20 times: never a live release under a withdrawn consent")
    void dpoApprovalRacingAWithdrawal() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String subject = registerSubject();
                String consentId = giveConsent(subject, PARTNERS);
                String share = awaitingDpo("partner-a", subject, consentId);
                long lag = round % 12; // the approval leaves 0-11 ms after the withdrawal
                CompletableFuture<Void> withdrawal = CompletableFuture.runAsync(() -> withdraw(consentId), pool);
                CompletableFuture<Integer> approval = CompletableFuture.supplyAsync(() -> {
                    sleep(lag);
                    return sharing("dpo").body(Map.of("approve", true, "justification", "Needed to put things right"))
                            .post("/api/v1/share-requests/" + share + "/dpo-decision").statusCode();
                }, pool);
                withdrawal.get(60, TimeUnit.SECONDS);
                assertThat(approval.get(60, TimeUnit.SECONDS)).isIn(200, 409);
                await().atMost(PATIENCE).untilAsserted(() -> sharing("dpo").get("/api/v1/consent-projections/" + consentId)
                        .then().body("state", equalTo("WITHDRAWN")));
                assertNothingLive(share);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(3)
    @DisplayName("P6.8 kill -9 of each service in turn mid-burst, then restarted: every withdrawal applied once, recovery measured")
    void killEachServiceMidBurst() throws Exception {
        for (String service : CONSUMING_SERVICES) {
            List<Person> people = people(6);
            CompletableFuture<Void> burst = CompletableFuture.runAsync(() -> people.forEach(p -> {
                withdraw(p.consentId());
                sleep(150);
            }));
            sleep(300);
            Platform.kill(service);
            Instant killed = Instant.now();
            Duration startup = Platform.restart(service);
            Instant ready = Instant.now();
            burst.get(120, TimeUnit.SECONDS);
            assertPropagated(people);
            record("kill -9 " + service + ": restart ready after", startup);
            record("kill -9 " + service + ": all applied after ready", Duration.between(ready, Instant.now()));
            record("kill -9 " + service + ": all applied after kill", Duration.between(killed, Instant.now()));
        }
    }

    @Test
    @Order(4)
    @DisplayName("P6.8 two instances of sharing-service and of audit-service at once, one killed mid-burst: every withdrawal applied once")
    void twoInstancesOneKilledMidBurst() throws Exception {
        ServiceProcess secondSharing = Platform.secondInstance("sharing-service");
        ServiceProcess secondAudit = Platform.secondInstance("audit-service");
        try {
            sleep(3_000); // let the groups rebalance onto both instances
            List<Person> people = people(8);
            CompletableFuture<Void> burst = CompletableFuture.runAsync(() -> people.forEach(p -> {
                withdraw(p.consentId());
                sleep(100);
            }));
            sleep(300);
            secondSharing.kill();
            secondAudit.kill();
            Instant killed = Instant.now();
            burst.get(120, TimeUnit.SECONDS);
            assertPropagated(people);
            record("second instance killed: all applied after kill", Duration.between(killed, Instant.now()));
        } finally {
            secondSharing.kill();
            secondAudit.kill();
        }
    }

    @Test
    @Order(5)
    @DisplayName("P6.8 the Kafka broker stopped and restarted under load: every withdrawal applied once")
    void brokerStoppedAndRestarted() throws Exception {
        List<Person> people = people(6);
        withdraw(people.get(0).consentId());
        Faults.stack("stop", "kafka");
        Instant restarted;
        try {
            people.subList(1, people.size()).forEach(p -> withdraw(p.consentId())); // committed to the outbox
        } finally {
            Faults.stack("start", "kafka");
            restarted = Instant.now();
        }
        assertPropagated(people);
        record("broker restarted: all applied after it was back", Duration.between(restarted, Instant.now()));
    }

    @Test
    @Order(6)
    @DisplayName("P6.8 PostgreSQL restarted in immediate mode under load: every accepted withdrawal applied once")
    void postgresRestartedImmediately() throws Exception {
        List<Person> people = people(6);
        CompletableFuture<Void> burst = CompletableFuture.runAsync(() -> people.forEach(p -> {
            withdraw(p.consentId());
            sleep(200);
        }));
        sleep(300);
        Faults.restartPostgresImmediately();
        Instant restarted = Instant.now();
        burst.get(120, TimeUnit.SECONDS);
        assertPropagated(people);
        record("PostgreSQL restarted: all applied after it was back", Duration.between(restarted, Instant.now()));
    }

    @Test
    @Order(7)
    @DisplayName("X2 a poison record and a forged-source consent-given on the consumed topics are dead-lettered with a reason; the flow goes on")
    void poisonAndForgedRecordsAreDeadLettered() {
        Map<String, List<String>> consumers = Map.of(
                "consent-events", List.of("sharing-service", "breach-service", "audit-service"),
                "sharing-events", List.of("consent-service", "breach-service", "audit-service"),
                "breach-events", List.of("consent-service", "breach-service", "audit-service"),
                "personal-data-accessed", List.of("audit-service"),
                "retention-events", List.of("audit-service"),
                "subject-access-parts", List.of("consent-service", "audit-service"));
        Map<String, String> poisonKeyByTopic = new HashMap<>();
        consumers.keySet().forEach(topic -> {
            String key = "poison-" + UUID.randomUUID();
            POISONED_KEYS.add(key);
            poisonKeyByTopic.put(topic, key);
            try (TopicWriter writer = new TopicWriter(Platform.TOPIC_PREFIX + topic, URI.create("urn:infoshare:nobody"))) {
                writer.sendRaw(key, "{\"not\": \"a cloud event\"}".getBytes(StandardCharsets.UTF_8));
            }
        });
        UUID forgedConsent = UUID.randomUUID();
        String forgedSubject = "forged-" + UUID.randomUUID();
        POISONED_KEYS.add(forgedSubject);
        try (TopicWriter forger = new TopicWriter(Platform.TOPIC_PREFIX + "consent-events",
                URI.create("urn:infoshare:partner-a-system"))) {
            forger.send(new ConsentGiven(forgedConsent, forgedSubject, 1, List.of(Journeys.PURPOSE),
                    List.of("experience"), List.of("partner-a"), List.of(), org.infoshare.events.vocabulary.LawfulBasis.A,
                    null, UUID.randomUUID(), 1, org.infoshare.events.vocabulary.CaptureChannel.WRITTEN, "staff-1",
                    Instant.now(), 365, null, false), Instant.now());
        }

        consumers.forEach((topic, services) -> services.forEach(service -> {
            List<ConsumerRecord<String, byte[]>> dead = DEAD_LETTERS.get(Platform.TOPIC_PREFIX + service + ".dead-letter")
                    .await(r -> poisonKeyByTopic.get(topic).equals(r.key()), 1, PATIENCE);
            assertThat(dead).as(service + " dead-letters the poison record on " + topic).hasSize(1);
            assertThat(header(dead.get(0), "dead-letter-reason")).isNotBlank();
        }));
        for (String service : List.of("sharing-service", "breach-service", "audit-service")) {
            List<ConsumerRecord<String, byte[]>> dead = DEAD_LETTERS.get(Platform.TOPIC_PREFIX + service + ".dead-letter")
                    .await(r -> forgedSubject.equals(r.key()), 1, PATIENCE);
            assertThat(dead).as(service + " dead-letters the forged consent-given").hasSize(1);
            assertThat(header(dead.get(0), "dead-letter-reason")).contains("does not produce");
        }
        sharing("dpo").get("/api/v1/consent-projections/" + forgedConsent).then().statusCode(404);

        List<Person> after = people(2);
        after.forEach(p -> withdraw(p.consentId()));
        assertPropagated(after);
    }

    @Test
    @Order(8)
    @DisplayName("Keycloak stopped: tokens already issued still verify (cached keys), a new login fails cleanly, a bad token is 401")
    void keycloakStopped() {
        String staff = Tokens.user("staff");
        String dpo = Tokens.user("dpo");
        Faults.stack("stop", "keycloak");
        try {
            given().baseUri(Platform.url("consent-service")).auth().oauth2(staff).get("/api/v1/information-sheets")
                    .then().statusCode(200);
            given().baseUri(Platform.url("sharing-service")).auth().oauth2(dpo).get("/api/v1/share-requests")
                    .then().statusCode(200);
            given().baseUri(Platform.url("sharing-service")).auth().oauth2(Tokens.tampered("dpo"))
                    .get("/api/v1/share-requests").then().statusCode(401);
            assertThat(tokenEndpointAnswers()).as("a new login while Keycloak is down").isFalse();
        } finally {
            Faults.stack("start", "keycloak");
        }
        assertThat(tokenEndpointAnswers()).isTrue();
    }

    // ---- helpers

    private static List<Person> people(int count) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String subject = registerSubject();
            String consentId = giveConsent(subject, PARTNERS);
            String marker = Journeys.marker();
            List<String> releases = PARTNERS.stream().map(p -> approvedRelease(p, subject, consentId, marker)).toList();
            people.add(new Person(subject, consentId, releases));
        }
        return people;
    }

    /** Staff record a whole withdrawal by phone, trying again while consent-service or its database is away. */
    private static void withdraw(String consentId) {
        await("withdrawal of " + consentId + " accepted").atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions().until(() -> consent("staff")
                        .body(Map.of("whole", true, "channel", "PHONE", "notes", "Rang to withdraw everything"))
                        .post("/api/v1/consents/" + consentId + "/withdrawals").statusCode() == 200);
    }

    /** Every release withdrawn, each with exactly one notification. */
    private static void assertPropagated(List<Person> people) {
        synchronized (WITHDRAWN) {
            WITHDRAWN.addAll(people);
        }
        for (Person person : people) {
            for (String releaseId : person.releases()) {
                await("release " + releaseId + " withdrawn").atMost(PATIENCE).ignoreExceptions().untilAsserted(() ->
                        release(releaseId).then().statusCode(200).body("status", equalTo("WITHDRAWN")));
                sharing("dpo").queryParam("releaseId", releaseId).get("/api/v1/recipient-notifications").then()
                        .statusCode(200).body("total", equalTo(1));
            }
        }
    }

    private static String awaitingDpo(String partnerId, String subjectId, String consentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subjectId);
        body.put("partnerId", partnerId);
        body.put("purpose", Journeys.PURPOSE);
        body.put("dataCategories", Journeys.CATEGORIES);
        body.put("identifiable", true);
        body.put("identifiableReason", "The ward must contact the person to put things right");
        body.put("basis", "CONSENT");
        body.put("consentId", consentId);
        body.put("sensitivity", "CONFIDENTIAL");
        body.put("proportionality", "Themes of this person's experience only, needed to change the discharge process");
        body.put("payload", Journeys.payload(Journeys.personRecord(Journeys.marker())));
        return sharing("staff").body(body).post("/api/v1/share-requests").then().statusCode(201)
                .body("outcome", equalTo("AWAITING_DPO")).extract().path("id");
    }

    private static void assertNothingLive(String share) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<Map<String, Object>> releases = sharing("staff").queryParam("partnerId", "partner-a")
                    .queryParam("size", 200).get("/api/v1/releases").then().statusCode(200).extract().path("items");
            List<Map<String, Object>> ofShare = releases.stream().filter(r -> share.equals(r.get("shareRequestId"))).toList();
            String outcome = sharing("staff").get("/api/v1/share-requests/" + share).then().extract().path("outcome");
            if (ofShare.isEmpty()) {
                assertThat(outcome).isEqualTo("REFUSED");
                return;
            }
            assertThat(outcome).isEqualTo("APPROVED");
            assertThat(ofShare).singleElement().satisfies(r -> assertThat(r.get("status")).isEqualTo("WITHDRAWN"));
            sharing("dpo").queryParam("releaseId", ofShare.get(0).get("id")).get("/api/v1/recipient-notifications")
                    .then().body("total", equalTo(1));
        });
    }

    private static int readiness(String service) {
        try {
            return given().baseUri(Platform.managementUrl(service)).get("/q/health/ready").statusCode();
        } catch (Exception down) { // rest-assured throws ConnectException undeclared
            return -1;
        }
    }

    private static String readinessReport(String service) {
        try {
            return given().baseUri(Platform.managementUrl(service)).get("/q/health/ready").asString();
        } catch (Exception down) { // rest-assured throws ConnectException undeclared
            return down.toString();
        }
    }

    private static boolean tokenEndpointAnswers() {
        try {
            return given().baseUri(System.getProperty("infoshare.keycloak.url", "http://localhost:8180"))
                    .get("/realms/infoshare/.well-known/openid-configuration").statusCode() == 200;
        } catch (Exception refused) { // rest-assured throws ConnectException undeclared
            return false;
        }
    }

    private static io.restassured.specification.RequestSpecification audit() {
        return given().baseUri(Platform.url("audit-service")).auth().oauth2(Tokens.user("auditor"))
                .contentType(ContentType.JSON);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void record(String what, Duration took) {
        String line = String.format("%-60s %6d ms%n", what, took.toMillis());
        System.out.print("fault suite: " + line);
        Path file = Path.of(System.getProperty("e2e.logs.dir", "target/e2e-logs")).resolve("fault-suite.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
