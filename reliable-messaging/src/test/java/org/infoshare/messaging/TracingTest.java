package org.infoshare.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.messaging.outbox.OutboxPublisher;
import org.infoshare.messaging.outbox.OutboxStore;
import org.infoshare.messaging.outbox.PendingEvent;
import org.infoshare.messaging.testapp.LedgerService;
import org.infoshare.messaging.tracing.TraceContext;
import org.infoshare.testing.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14 (observability): the trace of the request that appends an event is stored with the
 * outbox row, the relay publishes it in a PRODUCER span under that trace and passes the span on
 * in the record's {@code traceparent} header, and a consumer's effect runs in a CONSUMER span
 * continuing it. Spans come from the in-memory exporter.
 */
@QuarkusTest
class TracingTest {

    private static final String TOPIC = "rm-test.consent-events";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    LedgerService ledger;
    @Inject
    OutboxStore store;
    @Inject
    OutboxPublisher publisher;
    @Inject
    Pool pool;
    @Inject
    Tracer tracer;
    @Inject
    InMemorySpanExporter spans;

    @Test
    @DisplayName("issue 14: an event appended inside a span carries its trace through the outbox row, the relay's span and the record header to the consumer's span")
    void traceFollowsTheEventFromAppendToConsumer() {
        String subject = "subject-" + UUID.randomUUID();
        Span request = tracer.spanBuilder("test request").setSpanKind(SpanKind.SERVER).startSpan();
        String traceId = request.getSpanContext().getTraceId();
        UUID eventId;
        try {
            eventId = onVertx(() -> within(request, () -> ledger.withdraw(subject, false)));
        } finally {
            request.end();
        }

        Row row = pool.preparedQuery("SELECT traceparent, tracestate FROM outbox_event WHERE event_id = $1")
                .execute(Tuple.of(eventId)).await().atMost(PATIENCE).iterator().next();
        assertThat(row.getString("traceparent"))
                .isEqualTo("00-" + traceId + "-" + request.getSpanContext().getSpanId() + "-01");

        try (TopicReader reader = new TopicReader(TOPIC)) {
            List<PendingEvent> pending = store.fetchPending(500).await().atMost(PATIENCE).stream()
                    .filter(event -> event.eventId().equals(eventId)).toList();
            assertThat(pending).singleElement().satisfies(event ->
                    assertThat(event.trace().map(TraceContext::traceId)).contains(traceId));
            publisher.publish(pending).await().atMost(PATIENCE);
            store.markPublished(pending).await().atMost(PATIENCE);

            ConsumerRecord<String, byte[]> record = reader.await(r -> subject.equals(r.key()), 1, PATIENCE).get(0);
            Optional<TraceContext> header = TraceContext.fromHeaders(record.headers());
            assertThat(header.map(TraceContext::traceId)).contains(traceId);

            SpanData publish = awaitSpan(s -> s.getKind() == SpanKind.PRODUCER && s.getTraceId().equals(traceId));
            assertThat(publish.getName()).isEqualTo(TOPIC + " publish");
            assertThat(publish.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
            // the header names the relay's span, so the consumer's span hangs under the send
            assertThat(header.get().traceparent()).contains(publish.getSpanId());

            SpanData consume = awaitSpan(s -> s.getKind() == SpanKind.CONSUMER && s.getTraceId().equals(traceId)
                    && s.getName().equals(TOPIC + " process"));
            assertThat(consume.getParentSpanId()).isEqualTo(publish.getSpanId());
            await().atMost(PATIENCE).until(() -> pool.preparedQuery(
                            "SELECT count(*) FROM applied_event WHERE event_id = $1").execute(Tuple.of(eventId))
                    .await().atMost(PATIENCE).iterator().next().getLong(0) == 1);
        }
    }

    @Test
    @DisplayName("issue 14: an event appended with no span current stores no trace context and is published in a trace of its own")
    void eventAppendedWithoutSpanStartsItsOwnTrace() {
        String subject = "subject-" + UUID.randomUUID();
        UUID eventId = onVertx(() -> ledger.withdraw(subject, false));
        List<PendingEvent> pending = store.fetchPending(500).await().atMost(PATIENCE).stream()
                .filter(event -> event.eventId().equals(eventId)).toList();
        assertThat(pending).singleElement().satisfies(event -> assertThat(event.trace()).isEmpty());
        try (TopicReader reader = new TopicReader(TOPIC)) {
            publisher.publish(pending).await().atMost(PATIENCE);
            store.markPublished(pending).await().atMost(PATIENCE);
            ConsumerRecord<String, byte[]> record = reader.await(r -> subject.equals(r.key()), 1, PATIENCE).get(0);
            String traceId = TraceContext.fromHeaders(record.headers()).orElseThrow().traceId();
            SpanData publish = awaitSpan(s -> s.getKind() == SpanKind.PRODUCER && s.getTraceId().equals(traceId));
            assertThat(publish.getParentSpanContext().isValid()).isFalse();
        }
    }

    /** Runs the work with the span current on the caller's duplicated context until the work ends. */
    private static <T> Uni<T> within(Span span, Supplier<Uni<T>> work) {
        Scope scope = Context.current().with(span).makeCurrent();
        return work.get().eventually(scope::close);
    }

    private SpanData awaitSpan(java.util.function.Predicate<SpanData> wanted) {
        return await().atMost(PATIENCE).until(() -> spans.getFinishedSpanItems().stream().filter(wanted).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private static <T> T onVertx(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }
}
