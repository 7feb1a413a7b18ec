package org.infoshare.messaging.outbox;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Sends outbox rows to Kafka with an idempotent producer (acks=all), which keeps the order of
 * each partition, hence of each key, across retries.
 */
@ApplicationScoped
public class OutboxPublisher {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private final Producer<String, byte[]> producer;

    public OutboxPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
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
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + Long.toHexString(System.nanoTime()));
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Completes when every row is acknowledged by the broker; fails if any is not. */
    public Uni<Void> publish(List<PendingEvent> events) {
        CompletableFuture<?>[] acks = new CompletableFuture<?>[events.size()];
        for (int i = 0; i < events.size(); i++) {
            PendingEvent event = events.get(i);
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), null, event.key(),
                    event.payload().getBytes(StandardCharsets.UTF_8),
                    List.of(new RecordHeader("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8))));
            CompletableFuture<Void> ack = new CompletableFuture<>();
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    ack.complete(null);
                } else {
                    ack.completeExceptionally(error);
                }
            });
            acks[i] = ack;
        }
        return Uni.createFrom().completionStage(CompletableFuture.allOf(acks));
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
