package org.infoshare.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.infoshare.events.EventCodec;
import org.infoshare.messaging.outbox.OutboxPublisher;
import org.infoshare.messaging.outbox.OutboxRelay;
import org.infoshare.messaging.outbox.OutboxStore;
import org.infoshare.messaging.outbox.PendingEvent;
import org.infoshare.messaging.inbox.ConsumerHealth;
import org.infoshare.messaging.testapp.FaultInjection;
import org.infoshare.messaging.testapp.LedgerService;
import org.infoshare.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/**
 * X2 against the real broker and PostgreSQL: the outbox publishes exactly what committed, a
 * relay crash between publish and mark re-sends without a second effect, and a poison record is
 * dead-lettered without stopping its partition.
 */
@QuarkusTest
class ReliableMessagingTest {

    private static final String TOPIC = "rm-test.consent-events";
    private static final String DEAD_LETTER = "rm-test.reliable-messaging.dead-letter";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    LedgerService ledger;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxStore store;
    @Inject
    OutboxPublisher publisher;
    @Inject
    Pool pool;
    @Inject
    FaultInjection faults;
    @Inject
    ConsumerHealth health;

    private final EventCodec codec = new EventCodec();

    @AfterEach
    void stopRelay() {
        relay.stop();
    }

    @Test
    @DisplayName("X2 a rolled-back transaction publishes nothing, while a committed one is published")
    void rolledBackTransactionPublishesNothing() {
        String rolledBack = subject();
        String committed = subject();
        try (TopicReader reader = new TopicReader(TOPIC)) {
            relay.start();
            assertThatThrownBy(() -> onVertx(() -> ledger.withdraw(rolledBack, true)))
                    .hasMessageContaining("simulated failure");
            onVertx(() -> ledger.withdraw(committed, false));

            // The committed event is the sentinel: once it arrived, the relay has had its chance.
            assertThat(reader.await(r -> committed.equals(r.key()), 1, PATIENCE)).hasSize(1);
            assertThat(reader.drain(r -> rolledBack.equals(r.key()), Duration.ofSeconds(1))).isEmpty();
            assertThat(count("SELECT count(*) FROM outbox_event WHERE message_key = $1", rolledBack)).isZero();
            assertThat(count("SELECT count(*) FROM ledger_entry WHERE subject_id = $1", rolledBack)).isZero();
        }
    }

    @Test
    @DisplayName("X2 a relay that stops between publishing and marking re-sends after restart; the consumer applies once")
    void relayCrashBetweenPublishAndMarkResendsAndConsumerAppliesOnce() {
        String subject = subject();
        try (TopicReader reader = new TopicReader(TOPIC)) {
            UUID eventId = onVertx(() -> ledger.withdraw(subject, false));

            // A relay round that dies after the broker acknowledged but before the row was marked.
            List<PendingEvent> pending = store.fetchPending(500).await().atMost(PATIENCE).stream()
                    .filter(event -> event.eventId().equals(eventId)).toList();
            assertThat(pending).hasSize(1);
            publisher.publish(pending).await().atMost(PATIENCE);
            assertThat(reader.await(r -> subject.equals(r.key()), 1, PATIENCE)).hasSize(1);
            assertThat(count("SELECT count(*) FROM outbox_event WHERE event_id = $1 AND published_at IS NULL",
                    eventId)).isEqualTo(1);

            relay.start(); // the restarted relay finds the unmarked row and sends it again

            List<ConsumerRecord<String, byte[]>> copies = reader.await(r -> subject.equals(r.key()), 2, PATIENCE);
            assertThat(copies).hasSize(2);
            assertThat(copies).allSatisfy(r -> assertThat(codec.deserialize(r.value()).getId())
                    .isEqualTo(eventId.toString()));
            await().atMost(PATIENCE).until(() ->
                    count("SELECT count(*) FROM outbox_event WHERE event_id = $1 AND published_at IS NOT NULL",
                            eventId) == 1);
            // A later event with the same key lands behind both copies on the same partition: once it
            // is applied, both copies have been consumed.
            UUID sentinel = onVertx(() -> ledger.withdraw(subject, false));
            await().atMost(PATIENCE).until(() ->
                    count("SELECT count(*) FROM applied_event WHERE event_id = $1", sentinel) == 1);
            assertThat(count("SELECT count(*) FROM applied_event WHERE event_id = $1", eventId)).isEqualTo(1);
            assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = $1", eventId)).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("X2 a poison record goes to the dead-letter topic with its reason and later records are still applied")
    void poisonRecordIsDeadLetteredAndThePartitionFlows() {
        String poisonKey = subject();
        try (TopicReader deadLetters = new TopicReader(DEAD_LETTER);
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                     Map.of("bootstrap.servers", "127.0.0.1:9092"), new StringSerializer(), new ByteArraySerializer())) {
            relay.start();
            producer.send(new ProducerRecord<>(TOPIC, poisonKey, "not a cloud event".getBytes(StandardCharsets.UTF_8)));
            producer.flush();
            // Same key, so same partition: it queues behind the poison record.
            UUID later = onVertx(() -> ledger.withdraw(poisonKey, false));

            List<ConsumerRecord<String, byte[]>> dead = deadLetters.await(r -> poisonKey.equals(r.key()), 1, PATIENCE);
            assertThat(dead).hasSize(1);
            assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("not a cloud event");
            assertThat(dead.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
            assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(),
                    StandardCharsets.UTF_8)).isNotBlank();
            await().atMost(PATIENCE).until(() ->
                    count("SELECT count(*) FROM applied_event WHERE event_id = $1", later) == 1);
        }
    }

    @Test
    @DisplayName("X2 a transient failure (the database refusing logins) is retried without dead-lettering, readiness DOWN meanwhile, and applied once")
    void transientFailureIsRetriedUntilItPassesAndAppliedOnce() {
        String subject = subject();
        faults.failNext(subject, FaultInjection.Kind.LOGIN_REFUSED, Integer.MAX_VALUE); // until it heals
        try (TopicReader deadLetters = new TopicReader(DEAD_LETTER)) {
            relay.start();
            UUID eventId = onVertx(() -> ledger.withdraw(subject, false));

            await().atMost(PATIENCE).until(() -> health.isRetrying("ConsentWithdrawn") && faults.attempts(subject) >= 3);
            given().when().get("/q/health/ready").then().statusCode(503)
                    .body(containsString("event-consumers"), containsString("SQLSTATE 28000"));
            assertThat(count("SELECT count(*) FROM applied_event WHERE event_id = $1", eventId)).isZero();

            faults.heal(subject);
            await().atMost(PATIENCE).until(() ->
                    count("SELECT count(*) FROM applied_event WHERE event_id = $1", eventId) == 1);
            assertThat(health.isRetrying("ConsentWithdrawn")).isFalse();
            assertThat(deadLetters.drain(r -> subject.equals(r.key()), Duration.ofSeconds(1))).isEmpty();
        }
    }

    @Test
    @DisplayName("X2 a failure nothing recognises is tried a few times, then dead-lettered with a reason that quotes no value")
    void unrecognisedFailureIsDeadLetteredAfterAFewAttemptsWithASafeReason() {
        String subject = subject();
        faults.failNext(subject, FaultInjection.Kind.UNRECOGNISED, 1_000);
        try (TopicReader deadLetters = new TopicReader(DEAD_LETTER)) {
            relay.start();
            onVertx(() -> ledger.withdraw(subject, false));

            List<ConsumerRecord<String, byte[]>> dead = deadLetters.await(r -> subject.equals(r.key()), 1, PATIENCE);
            String reason = new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(),
                    StandardCharsets.UTF_8);
            assertThat(reason).contains("IllegalStateException").doesNotContain(subject);
            assertThat(faults.attempts(subject)).isEqualTo(5);
            assertThat(count("SELECT count(*) FROM applied_event WHERE subject_id = $1", subject)).isZero();
        }
    }

    @Test
    @DisplayName("X2 a record the broker refuses is parked with its reason and the relay goes on with the next")
    void refusedRecordIsParkedAndLaterEventsFlow() {
        String subject = subject();
        UUID oversized = UUID.randomUUID();
        pool.preparedQuery("INSERT INTO outbox_event (event_id, topic, message_key, event_type, payload)"
                        + " VALUES ($1, $2, $3, 'test.oversized', repeat('x', 2000000))")
                .execute(Tuple.of(oversized, TOPIC, subject)).await().atMost(PATIENCE);
        try (TopicReader reader = new TopicReader(TOPIC)) {
            UUID later = onVertx(() -> ledger.withdraw(subject, false));
            relay.start();

            assertThat(reader.await(r -> subject.equals(r.key()), 1, PATIENCE)).singleElement()
                    .satisfies(r -> assertThat(codec.deserialize(r.value()).getId()).isEqualTo(later.toString()));
            await().atMost(PATIENCE).until(() -> count(
                    "SELECT count(*) FROM outbox_event WHERE event_id = $1 AND parked_at IS NOT NULL"
                            + " AND park_reason = 'RecordTooLargeException' AND published_at IS NULL", oversized) == 1);
        }
    }

    @Test
    @DisplayName("every service's database connections run with PostgreSQL's JIT off (OLTP statements, plans without statistics)")
    void connectionsRunWithJitOff() {
        String jit = pool.query("SHOW jit").execute().map(rows -> rows.iterator().next().getString(0))
                .await().atMost(PATIENCE);
        assertThat(jit).isEqualTo("off");
    }

    /** Hibernate Reactive needs a Vert.x context, which a test thread does not have. */
    private static <T> T onVertx(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    private long count(String sql, Object parameter) {
        return pool.preparedQuery(sql).execute(Tuple.of(parameter))
                .map(rows -> rows.iterator().next().getLong(0))
                .await().atMost(PATIENCE);
    }

    private static String subject() {
        return "subject-" + UUID.randomUUID();
    }
}
