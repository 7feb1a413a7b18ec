package org.infoshare.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.infoshare.messaging.deadletter.DeadLetterPage;
import org.infoshare.messaging.deadletter.DeadLetterView;
import org.infoshare.messaging.deadletter.DeadLetters;
import org.infoshare.messaging.deadletter.ReplayOutcome;
import org.infoshare.messaging.deadletter.ReplayResult;
import org.infoshare.messaging.inbox.ConsumerHealth;
import org.infoshare.messaging.outbox.OutboxRelay;
import org.infoshare.messaging.testapp.FaultInjection;
import org.infoshare.messaging.testapp.LedgerService;
import org.infoshare.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dead letters are visible and replayable: a record dead-lettered by a failure nobody recognised
 * is listed with its origin and reason (never its payload), applied once by a replay after the
 * fix, left alone by a second replay; a poison record's replay answers a failure and breaks nothing.
 */
@QuarkusTest
class DeadLetterReplayTest {

    private static final String TOPIC = "rm-test.consent-events";
    private static final String DEAD_LETTER = "rm-test.reliable-messaging.dead-letter";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    LedgerService ledger;
    @Inject
    OutboxRelay relay;
    @Inject
    DeadLetters deadLetters;
    @Inject
    FaultInjection faults;
    @Inject
    ConsumerHealth health;
    @Inject
    Pool pool;

    @AfterEach
    void stopRelay() {
        relay.stop();
    }

    @Test
    @DisplayName("X2 a dead letter is listed without its payload, replayed after the fix once, and a second replay changes nothing")
    void deadLetterIsListedAndReplayedOnce() {
        String subject = "subject-" + UUID.randomUUID();
        faults.failNext(subject, FaultInjection.Kind.UNRECOGNISED, 1_000);
        ConsumerRecord<String, byte[]> dead;
        UUID eventId;
        try (TopicReader reader = new TopicReader(DEAD_LETTER)) {
            relay.start();
            eventId = onVertx(() -> ledger.withdraw(subject, false));
            dead = reader.await(r -> subject.equals(r.key()), 1, PATIENCE).get(0);
        }

        DeadLetterView view = find(dead.partition(), dead.offset());
        assertThat(view.eventId()).isEqualTo(eventId.toString());
        assertThat(view.eventType()).contains("consent-withdrawn");
        assertThat(view.originalTopic()).isEqualTo(TOPIC);
        assertThat(view.originalPartition()).isNotNull();
        assertThat(view.originalOffset()).isNotNull();
        assertThat(view.reason()).contains("IllegalStateException");
        assertThat(view.toString()).doesNotContain(subject);

        faults.clear(subject);
        assertThat(replay(dead.partition(), dead.offset()).outcome()).isEqualTo(ReplayOutcome.APPLIED);
        assertThat(applied(eventId)).isEqualTo(1);

        ReplayResult again = replay(dead.partition(), dead.offset());
        assertThat(again.outcome()).isEqualTo(ReplayOutcome.ALREADY_APPLIED);
        assertThat(again.eventId()).isEqualTo(eventId.toString());
        assertThat(applied(eventId)).isEqualTo(1);
    }

    @Test
    @DisplayName("X2 replaying a poison record answers a failure with its reason and breaks nothing; an unknown position is absent")
    void poisonReplayFailsSafely() {
        String key = "poison-" + UUID.randomUUID();
        ConsumerRecord<String, byte[]> dead;
        try (TopicReader reader = new TopicReader(DEAD_LETTER);
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                     Map.of("bootstrap.servers", "127.0.0.1:9092"), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, "not a cloud event".getBytes(StandardCharsets.UTF_8)));
            producer.flush();
            dead = reader.await(r -> key.equals(r.key()), 1, PATIENCE).get(0);
        }

        DeadLetterView view = find(dead.partition(), dead.offset());
        assertThat(view.eventId()).isNull();
        assertThat(view.reason()).isNotBlank();

        ReplayResult result = replay(dead.partition(), dead.offset());
        assertThat(result.outcome()).isEqualTo(ReplayOutcome.FAILED);
        assertThat(result.reason()).isNotBlank().doesNotContain("not a cloud event");
        assertThat(health.retrying()).isEmpty();

        Optional<ReplayResult> nowhere = onVertx(() -> deadLetters.replay(dead.partition(), Long.MAX_VALUE - 1));
        assertThat(nowhere).isEmpty();
    }

    /** Pages through the topic (which keeps earlier runs' records) to the record at one position. */
    private DeadLetterView find(int partition, long offset) {
        int size = 500;
        for (int page = 0; ; page++) {
            int current = page;
            DeadLetterPage found = onVertx(() -> deadLetters.list(current, size));
            Optional<DeadLetterView> match = found.items().stream()
                    .filter(v -> v.partition() == partition && v.offset() == offset).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            assertThat((long) (page + 1) * size).as("the record is listed").isLessThan(found.total());
        }
    }

    private ReplayResult replay(int partition, long offset) {
        return onVertx(() -> deadLetters.replay(partition, offset)).orElseThrow();
    }

    private long applied(UUID eventId) {
        return pool.preparedQuery("SELECT count(*) FROM applied_event WHERE event_id = $1").execute(Tuple.of(eventId))
                .map(rows -> rows.iterator().next().getLong(0)).await().atMost(PATIENCE);
    }

    private static <T> T onVertx(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }
}
