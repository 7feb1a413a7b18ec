package org.infoshare.messaging.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.common.header.Header;
import org.infoshare.events.EventType;
import org.infoshare.messaging.MessagingConfig;
import org.infoshare.messaging.inbox.DeadLetterException;
import org.infoshare.messaging.inbox.Failures;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

/**
 * Operators' view of this service's dead letters: a page of them (where each lies, where it came
 * from, why, and the event's id and type when readable; never the payload), and replay after a
 * fix. A replay hands the record to the {@link Replayable} consumer of its original topic, so it
 * is applied by the consumer's own code and only in this service; consumers record the event ids
 * they applied, so replaying an applied event changes nothing. Whether the replay applied it is
 * read from {@code processed_event} before and after.
 *
 * <p>Must be called on a Vert.x context (a REST request's is fine): the consumers' transactions
 * need one; the topic is read on a worker thread and the answer comes back to that context.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    /** Records read and replayed at a time by {@link #replayAll()}. */
    private static final int CHUNK = 100;
    private static final int MAX_REASON = 500;

    private final DeadLetterTopic topic;
    private final Instance<Replayable> consumers;
    private final Pool pool;
    private final String prefix;
    private final Duration replayTimeout;
    private final ObjectMapper json = new ObjectMapper();

    public DeadLetters(DeadLetterTopic topic, Instance<Replayable> consumers, Pool pool, MessagingConfig config) {
        this.topic = topic;
        this.consumers = consumers;
        this.pool = pool;
        this.prefix = config.topicPrefix().orElse("");
        this.replayTimeout = config.deadLetter().replayTimeout();
    }

    public Uni<DeadLetterPage> list(int page, int size) {
        return blocking(() -> topic.read((long) page * size, size))
                .map(slice -> new DeadLetterPage(slice.entries().stream().map(this::view).toList(), page, size,
                        slice.total()));
    }

    /** Replays the record at one position; empty when the topic holds none there. */
    public Uni<Optional<ReplayResult>> replay(int partition, long offset) {
        return blocking(() -> topic.read(partition, offset))
                .chain(found -> found.isEmpty()
                        ? Uni.createFrom().item(Optional.<ReplayResult>empty())
                        : replay(found.get()).map(Optional::of));
    }

    /** Replays every record on the topic, oldest first per partition, a chunk at a time. */
    public Uni<List<ReplayResult>> replayAll() {
        return replayFrom(0, new ArrayList<>());
    }

    private Uni<List<ReplayResult>> replayFrom(long skip, List<ReplayResult> done) {
        return blocking(() -> topic.read(skip, CHUNK)).chain(slice -> replayEach(slice.entries(), 0, done)
                .chain(() -> slice.entries().size() < CHUNK || skip + CHUNK >= slice.total()
                        ? Uni.createFrom().item(done)
                        : replayFrom(skip + CHUNK, done)));
    }

    private Uni<Void> replayEach(List<DeadLetterTopic.Entry> entries, int next, List<ReplayResult> done) {
        if (next >= entries.size()) {
            return Uni.createFrom().voidItem();
        }
        // A replay that timed out answers on a timer thread: come back to the context for the next one.
        Context context = Vertx.currentContext();
        return replay(entries.get(next)).invoke(done::add)
                .emitOn(task -> context.runOnContext(ignored -> task.run()))
                .chain(() -> replayEach(entries, next + 1, done));
    }

    private Uni<ReplayResult> replay(DeadLetterTopic.Entry entry) {
        String original = header(entry, "dead-letter-topic");
        UUID eventId = readable(entry.value()).map(Event::id).orElse(null);
        String id = eventId == null ? null : eventId.toString();
        Optional<Replayable> consumer = consumers.stream()
                .filter(c -> original != null && c.topics().stream().anyMatch(t -> original.equals(prefix + t)))
                .findFirst();
        if (consumer.isEmpty()) {
            return Uni.createFrom().item(new ReplayResult(entry.partition(), entry.offset(), id, ReplayOutcome.FAILED,
                    original == null ? "the record does not name the topic it came from"
                            : "no consumer of " + original + " in this service"));
        }
        ReplayedRecord record = new ReplayedRecord(original, entry.timestamp(), entry.value());
        return processed(eventId).chain(before -> Uni.createFrom().deferred(() -> consumer.get().replay(record))
                        .ifNoItem().after(replayTimeout).failWith(TimeoutException::new)
                        .chain(() -> processed(eventId))
                        .map(after -> after > before ? ReplayOutcome.APPLIED
                                : before > 0 ? ReplayOutcome.ALREADY_APPLIED : ReplayOutcome.PASSED_OVER))
                .map(outcome -> new ReplayResult(entry.partition(), entry.offset(), id, outcome, null))
                .invoke(result -> LOG.infof("dead letter %d/%d replayed: %s", entry.partition(), entry.offset(),
                        result.outcome()))
                .onFailure().recoverWithItem(failure -> {
                    String reason = reason(failure);
                    LOG.warnf("dead letter %d/%d replayed and failed again: %s", entry.partition(), entry.offset(),
                            reason);
                    return new ReplayResult(entry.partition(), entry.offset(), id, ReplayOutcome.FAILED, reason);
                });
    }

    private String reason(Throwable failure) {
        if (failure instanceof DeadLetterException) {
            return failure.getMessage(); // already free of personal data
        }
        if (failure instanceof TimeoutException) {
            return "not applied within " + replayTimeout.toSeconds() + " s (a transient failure may still last)";
        }
        return Failures.describe(failure);
    }

    /** How many consumers of this service recorded the event as applied. */
    private Uni<Long> processed(UUID eventId) {
        if (eventId == null) {
            return Uni.createFrom().item(0L);
        }
        return pool.preparedQuery("SELECT count(*) FROM processed_event WHERE event_id = $1")
                .execute(Tuple.of(eventId)).map(rows -> rows.iterator().next().getLong(0));
    }

    private DeadLetterView view(DeadLetterTopic.Entry entry) {
        Optional<Event> event = readable(entry.value());
        String reason = header(entry, "dead-letter-reason");
        return new DeadLetterView(entry.partition(), entry.offset(), header(entry, "dead-letter-topic"),
                number(header(entry, "dead-letter-partition")).map(Long::intValue).orElse(null),
                number(header(entry, "dead-letter-offset")).orElse(null),
                reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON) + "…",
                entry.timestamp() < 0 ? null : Instant.ofEpochMilli(entry.timestamp()),
                event.map(e -> e.id().toString()).orElse(null), event.map(Event::type).orElse(null));
    }

    private record Event(UUID id, String type) {
    }

    /**
     * The id and type of a structured CloudEvent; only a UUID id and a known type are shown, so
     * nothing an arbitrary record holds is echoed.
     */
    private Optional<Event> readable(byte[] value) {
        if (value == null || value.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode node = json.readTree(value);
            if (node == null || !node.path("id").isTextual() || !node.path("type").isTextual()) {
                return Optional.empty();
            }
            UUID id = UUID.fromString(node.get("id").asText());
            String type = node.get("type").asText();
            EventType.fromCloudEventType(type);
            return Optional.of(new Event(id, type));
        } catch (java.io.IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static String header(DeadLetterTopic.Entry entry, String name) {
        Header header = entry.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Optional<Long> number(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Runs a blocking read on a worker thread; the answer comes back on the caller's Vert.x context. */
    private <T> Uni<T> blocking(Callable<T> read) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Uni.createFrom().failure(new IllegalStateException("dead letters are handled on a Vert.x context"));
        }
        return Uni.createFrom().completionStage(() -> context.executeBlocking(read, false).toCompletionStage());
    }
}
