package org.infoshare.messaging.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.infoshare.messaging.tracing.TraceContext;
import org.infoshare.messaging.tracing.Traces;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Sends outbox rows to Kafka with an idempotent producer (acks=all), which keeps the order of
 * each partition, hence of each key, across retries. Each send is a PRODUCER span under the trace
 * context stored with the row (a new trace when there is none), and that span's context goes in
 * the record's {@code traceparent} header, so the consumers continue the trace.
 */
@ApplicationScoped
public class OutboxPublisher {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private final Producer<String, byte[]> producer;
    private final Traces traces;

    public OutboxPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, Traces traces) {
        this.traces = traces;
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            // The shared broker map also holds consumer-only and SmallRye-specific keys.
            if (ProducerConfig.configNames().contains(key) || key.startsWith("ssl.") || key.startsWith("sasl.")) {
                config.put(key, value);
            }
        });
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        // Kafka 4's default linger of 5 ms adds that much to every hop; the relay already batches.
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // Bounded waits: a broker outage fails a round within seconds instead of blocking 60 s per record.
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + Long.toHexString(System.nanoTime()));
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Sends every row and waits for each answer: never fails as a whole, so one record the broker
     * refuses cannot hold back the others. Short producer timeouts bound the wait when the broker
     * is away.
     */
    public Uni<PublishOutcome> publish(List<PendingEvent> events) {
        @SuppressWarnings("unchecked")
        CompletableFuture<Throwable>[] answers = new CompletableFuture[events.size()];
        for (int i = 0; i < events.size(); i++) {
            PendingEvent event = events.get(i);
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), null, event.key(),
                    event.payload().getBytes(StandardCharsets.UTF_8),
                    List.of(new RecordHeader("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8))));
            Span span = traces.start(event.topic() + " publish", SpanKind.PRODUCER, event.trace())
                    .setAttribute(Traces.MESSAGING_SYSTEM, "kafka").setAttribute(Traces.DESTINATION, event.topic())
                    .setAttribute(Traces.OPERATION, "publish")
                    .setAttribute(Traces.MESSAGE_ID, event.eventId().toString());
            TraceContext.of(Context.root().with(span)).or(event::trace)
                    .ifPresent(trace -> trace.writeTo(record.headers()));
            CompletableFuture<Throwable> answer = new CompletableFuture<>();
            answer.thenAccept(error -> Traces.end(span, error));
            try {
                producer.send(record, (metadata, error) -> answer.complete(error));
            } catch (RuntimeException e) {
                answer.complete(e); // metadata not available within max.block.ms, or too large to serialise
            }
            answers[i] = answer;
        }
        return Uni.createFrom().completionStage(CompletableFuture.allOf(answers)).map(done -> {
            List<PendingEvent> acknowledged = new ArrayList<>();
            List<PublishOutcome.Refused> refused = new ArrayList<>();
            int unsent = 0;
            for (int i = 0; i < events.size(); i++) {
                Throwable error = answers[i].join();
                if (error == null) {
                    acknowledged.add(events.get(i));
                } else if (error instanceof RetriableException || error instanceof TimeoutException
                        || error instanceof org.apache.kafka.common.errors.InterruptException
                        || error instanceof org.apache.kafka.common.errors.AuthorizationException
                        || error instanceof org.apache.kafka.common.errors.AuthenticationException) {
                    // may pass (broker away, credentials or ACLs being fixed): sent again next round
                    unsent++;
                } else {
                    refused.add(new PublishOutcome.Refused(events.get(i), error.getClass().getSimpleName()));
                }
            }
            return new PublishOutcome(acknowledged, refused, unsent);
        });
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
