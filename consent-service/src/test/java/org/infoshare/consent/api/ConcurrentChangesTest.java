package org.infoshare.consent.api;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.infoshare.consent.service.ConsentLifecycleService;
import org.infoshare.events.DomainEvent;
import org.infoshare.events.EventCodec;
import org.infoshare.events.consent.ConsentGiven;
import org.infoshare.events.consent.ConsentReconfirmationRequested;
import org.infoshare.events.consent.ConsentReconfirmed;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * Changes that meet: a withdrawal racing a re-confirmation, a second withdrawal and the lifecycle
 * sweep of the same consent, and publications of the same information sheet at the same moment,
 * against the real database and broker. Each race is run many times with varied start offsets.
 */
@QuarkusTest
class ConcurrentChangesTest {

    private static final int ROUNDS = 20;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ConsentLifecycleService lifecycle;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;
    @ConfigProperty(name = "quarkus.datasource.password")
    String dbPassword;

    private final EventCodec codec = new EventCodec();

    /** What one round saw: the consent, and how each racer was answered. */
    private record Round(String consentId, String subjectId, List<Response> withdrawals, Response reconfirmation) {
    }

    @Test
    @DisplayName("P6.8 withdrawal at any time: racing a re-confirmation, a second withdrawal and the sweep, it is never lost; one event per accepted change")
    void withdrawalRacingReconfirmationAndSweepIsNeverLost() throws Exception {
        List<Round> rounds = new ArrayList<>();
        ExecutorService racers = Executors.newFixedThreadPool(4);
        try (TopicReader reader = new TopicReader("test.consent-events")) {
            for (int i = 0; i < ROUNDS; i++) {
                rounds.add(race(racers));
            }
            for (Round round : rounds) {
                assertRoundConsistent(round, reader);
            }
        } finally {
            racers.shutdownNow();
        }
    }

    private Round race(ExecutorService racers) throws Exception {
        Map<String, Object> body = ConsentRequests.consent();
        // Due after one day, so the sweep below (two days on) moves it unless the withdrawal came first.
        body.put("reconfirmAfterDays", 1);
        String consentId = ConsentRequests.give(body);
        String staff = Tokens.user("staff");
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Response> first = racer(racers, start, () -> withdraw(staff, consentId, "PHONE"));
        CompletableFuture<Response> second = racer(racers, start, () -> withdraw(staff, consentId, "EMAIL"));
        CompletableFuture<Response> reconfirmation = racer(racers, start, () -> given().auth().oauth2(staff)
                .contentType(ContentType.JSON).body(Map.of("capture", ConsentRequests.capture()))
                .post("/api/v1/consents/" + consentId + "/reconfirmations"));
        CompletableFuture<Response> sweep = racer(racers, start, () -> {
            sweep(Instant.now().plus(Duration.ofDays(2)));
            return null;
        });
        start.countDown();
        CompletableFuture.allOf(first, second, reconfirmation, sweep).get(60, TimeUnit.SECONDS);
        return new Round(consentId, (String) body.get("subjectId"), List.of(first.get(), second.get()),
                reconfirmation.get());
    }

    private void assertRoundConsistent(Round round, TopicReader reader) {
        List<Boolean> changed = round.withdrawals().stream().map(w -> {
            assertThat(w.statusCode()).as("withdrawal answer %s", w.body().asString()).isEqualTo(200);
            return w.jsonPath().getBoolean("changed");
        }).toList();
        assertThat(changed).as("exactly one of two identical withdrawals changes the consent").containsOnlyOnce(true);

        int reconfirmed = round.reconfirmation().statusCode();
        if (reconfirmed == 409) {
            assertProblem(round.reconfirmation(), 409, "conflict");
        } else {
            assertThat(reconfirmed).as("re-confirmation answer %s", round.reconfirmation().body().asString())
                    .isEqualTo(200);
        }

        Response consent = given().auth().oauth2(Tokens.user("staff")).get("/api/v1/consents/" + round.consentId());
        assertThat(consent.jsonPath().getString("state")).as("a withdrawn consent never comes back to life")
                .isEqualTo("WITHDRAWN");
        long version = consent.jsonPath().getLong("version");

        // Every accepted change moves the version by one and is announced once: no change was lost
        // (a lost write leaves fewer versions than announcements) and none announced twice. The
        // consent-given of version 1 is on the topic too.
        List<DomainEvent> events = events(reader, round.subjectId(), (int) version);
        assertThat(events).as("consent-given and one event per accepted change, up to version %d", version)
                .hasSize((int) version);
        assertThat(events).filteredOn(ConsentGiven.class::isInstance).hasSize(1);
        assertThat(events).filteredOn(ConsentWithdrawn.class::isInstance).singleElement()
                .isInstanceOfSatisfying(ConsentWithdrawn.class, w -> assertThat(w.consentVersion())
                        .as("the withdrawal is the last change of the consent").isEqualTo(version));
        assertThat(events).filteredOn(ConsentReconfirmed.class::isInstance)
                .hasSize(reconfirmed == 200 ? 1 : 0);
        assertThat(events).filteredOn(e -> !(e instanceof ConsentGiven || e instanceof ConsentWithdrawn
                        || e instanceof ConsentReconfirmed || e instanceof ConsentReconfirmationRequested))
                .as("only the racers' changes were announced").isEmpty();
    }

    @Test
    @DisplayName("P6.5 four publications of the same information sheet at once: one is published (201), three answer 409 problem+json")
    void samePublicationAtOnceIsPublishedOnce() throws Exception {
        ExecutorService racers = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                String pieceOfWork = "ward-visits-" + UUID.randomUUID().toString().substring(0, 8);
                Map<String, Object> sheet = Map.of("pieceOfWork", pieceOfWork, "title", "Ward visits",
                        "text", "What we collect on the ward, who sees it, why.");
                String staff = Tokens.user("staff");
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<Response>> posts = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    posts.add(racer(racers, start, () -> given().auth().oauth2(staff).contentType(ContentType.JSON)
                            .body(sheet).post("/api/v1/information-sheets")));
                }
                start.countDown();
                CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

                List<Response> answers = posts.stream().map(CompletableFuture::join).toList();
                assertThat(answers).as("answers %s", answers.stream().map(r -> r.statusCode()).toList())
                        .filteredOn(r -> r.statusCode() == 201).hasSize(1);
                answers.stream().filter(r -> r.statusCode() != 201)
                        .forEach(conflict -> assertConflictRevealsNothing(conflict, pieceOfWork));
                given().auth().oauth2(staff).queryParam("pieceOfWork", pieceOfWork).get("/api/v1/information-sheets")
                        .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(1));
            }
        } finally {
            racers.shutdownNow();
        }
    }

    @Test
    @DisplayName("P6.5 a publication that loses the race for its version on the unique key answers 409 problem+json naming nothing stored, never 500")
    void uniqueKeyConflictAnswers409() throws Exception {
        String pieceOfWork = "clinic-survey-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection rival = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword)) {
            rival.setAutoCommit(false);
            // A rival publication of version 1 not yet committed: the API's publication reads no
            // version 1, inserts its own and waits on the unique key until the rival commits.
            try (PreparedStatement insert = rival.prepareStatement("INSERT INTO information_sheet (id, piece_of_work,"
                    + " version, title, body, content_hash, published_at) VALUES (?, ?, 1, 'Rival', 'Rival text', ?, ?)")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, pieceOfWork);
                insert.setString(3, "0".repeat(64));
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            String staff = Tokens.user("staff");
            CompletableFuture<Response> publication = CompletableFuture.supplyAsync(() -> given().auth().oauth2(staff)
                    .contentType(ContentType.JSON)
                    .body(Map.of("pieceOfWork", pieceOfWork, "title", "Clinic survey", "text", "Our own text."))
                    .post("/api/v1/information-sheets"));
            await().atMost(PATIENCE).until(() -> waitingOnALock(rival));
            rival.commit();

            assertConflictRevealsNothing(publication.get(30, TimeUnit.SECONDS), pieceOfWork);
        }
    }

    @Test
    @DisplayName("P12.2 three one-month extensions of a subject access request at once: two are applied, the third passes the two-month cap and is refused")
    void concurrentExtensionsAddUpWithinTheCap() throws Exception {
        ExecutorService racers = Executors.newFixedThreadPool(3);
        try {
            String dpo = Tokens.user("dpo");
            for (int round = 0; round < 10; round++) {
                String id = given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                        .body(SubjectAccessRequests.valid()).post("/api/v1/subject-access-requests")
                        .then().statusCode(201).extract().path("id");
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<Response>> extensions = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    extensions.add(racer(racers, start, () -> given().auth().oauth2(dpo).contentType(ContentType.JSON)
                            .body(Map.of("months", 1, "reason", "records in several services"))
                            .post("/api/v1/subject-access-requests/" + id + "/extension")));
                }
                start.countDown();
                CompletableFuture.allOf(extensions.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

                List<Integer> statuses = extensions.stream().map(e -> e.join().statusCode()).sorted().toList();
                assertThat(statuses).as("answers to three extensions").containsExactly(200, 200, 422);
                given().auth().oauth2(dpo).get("/api/v1/subject-access-requests/" + id).then().statusCode(200)
                        .body("extensionMonths", org.hamcrest.Matchers.equalTo(2));
            }
        } finally {
            racers.shutdownNow();
        }
    }

    private static boolean waitingOnALock(Connection rival) throws SQLException {
        try (PreparedStatement waiting = rival.prepareStatement("SELECT count(*) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()");
             ResultSet count = waiting.executeQuery()) {
            return count.next() && count.getInt(1) > 0;
        }
    }

    private static void assertConflictRevealsNothing(Response conflict, String pieceOfWork) {
        assertProblem(conflict, 409, "conflict");
        assertThat(conflict.body().asString()).as("a conflict quotes no stored value or column")
                .doesNotContain(pieceOfWork).doesNotContain("piece_of_work").doesNotContain("SQL")
                .doesNotContain("constraint");
    }

    private static <T> CompletableFuture<T> racer(ExecutorService racers, CountDownLatch start, Supplier<T> act) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
                // A few milliseconds apart, differently each round, so the racers meet in every order.
                Thread.sleep(ThreadLocalRandom.current().nextInt(0, 15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return act.get();
        }, racers);
    }

    private static Response withdraw(String token, String consentId, String channel) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("whole", true, "channel", channel))
                .post("/api/v1/consents/" + consentId + "/withdrawals");
    }

    private void sweep(Instant at) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> lifecycle.sweep(at));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private List<DomainEvent> events(TopicReader reader, String subjectId, int count) {
        // the consent's own events: the person's registration (X1) shares the key
        java.util.function.Predicate<ConsumerRecord<String, byte[]>> ofConsent = r -> subjectId.equals(r.key())
                && !codec.deserialize(r.value()).getType().contains("subject-registered");
        reader.await(ofConsent, count, PATIENCE);
        List<ConsumerRecord<String, byte[]>> all = reader.drain(ofConsent, Duration.ofMillis(300));
        return all.stream().map(r -> {
            CloudEvent event = codec.deserialize(r.value());
            return codec.data(event);
        }).toList();
    }
}
