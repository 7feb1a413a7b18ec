package org.infoshare.messaging.deadletter;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.infoshare.messaging.MessagingConfig;
import org.infoshare.messaging.outbox.ApplicationName;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads this service's dead-letter topic with a plain consumer: partitions assigned by hand, no
 * consumer group and no committed offsets, so reading changes nothing for anyone. Records are
 * addressed in (partition, offset) order, which stays stable as the topic only grows. Blocking:
 * call it off the event loop.
 */
@ApplicationScoped
public class DeadLetterTopic {

    /** A record on the dead-letter topic, as read. */
    public record Entry(int partition, long offset, long timestamp, Headers headers, byte[] value) {
    }

    /** Some records, and how many the topic holds in all. */
    public record Slice(List<Entry> entries, long total) {
    }

    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> kafka;
    private final String topic;
    private final Duration readTimeout;

    public DeadLetterTopic(@Identifier("default-kafka-broker") Map<String, Object> kafka, MessagingConfig config,
                           ApplicationName application) {
        this.kafka = kafka;
        this.topic = config.deadLetter().topic()
                .orElse(config.topicPrefix().orElse("") + application.value() + ".dead-letter");
        this.readTimeout = config.deadLetter().readTimeout();
    }

    public String name() {
        return topic;
    }

    /** Up to {@code limit} records after the first {@code skip}, in (partition, offset) order. */
    public Slice read(long skip, int limit) {
        try (KafkaConsumer<byte[], byte[]> consumer = open()) {
            List<TopicPartition> partitions = partitions(consumer);
            if (partitions.isEmpty()) {
                return new Slice(List.of(), 0);
            }
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long total = partitions.stream().mapToLong(tp -> end.get(tp) - begin.get(tp)).sum();
            List<Entry> entries = new ArrayList<>();
            long toSkip = skip;
            for (TopicPartition partition : partitions) {
                long held = end.get(partition) - begin.get(partition);
                if (toSkip >= held) {
                    toSkip -= held;
                    continue;
                }
                readRange(consumer, partition, begin.get(partition) + toSkip, end.get(partition),
                        limit - entries.size(), entries);
                toSkip = 0;
                if (entries.size() >= limit) {
                    break;
                }
            }
            return new Slice(entries, total);
        }
    }

    /** The record at one position, if the topic holds it. */
    public Optional<Entry> read(int partition, long offset) {
        try (KafkaConsumer<byte[], byte[]> consumer = open()) {
            TopicPartition wanted = new TopicPartition(topic, partition);
            if (!partitions(consumer).contains(wanted)) {
                return Optional.empty();
            }
            long begin = consumer.beginningOffsets(List.of(wanted)).get(wanted);
            long end = consumer.endOffsets(List.of(wanted)).get(wanted);
            if (offset < begin || offset >= end) {
                return Optional.empty();
            }
            List<Entry> found = new ArrayList<>(1);
            readRange(consumer, wanted, offset, offset + 1, 1, found);
            return found.stream().filter(entry -> entry.offset() == offset).findFirst();
        }
    }

    private void readRange(KafkaConsumer<byte[], byte[]> consumer, TopicPartition partition, long from, long end,
                           int max, List<Entry> into) {
        // Every partition stays assigned (re-assigning races the client's own offset fetches); only one is read.
        if (!consumer.assignment().contains(partition)) {
            List<TopicPartition> all = partitions(consumer);
            consumer.assign(all);
            consumer.pause(all);
        }
        consumer.pause(consumer.assignment());
        consumer.resume(List.of(partition));
        consumer.seek(partition, from);
        long deadline = System.nanoTime() + readTimeout.toNanos();
        int taken = 0;
        while (taken < max && consumer.position(partition) < end && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL).records(partition)) {
                if (record.offset() >= end || taken >= max) {
                    break;
                }
                into.add(new Entry(record.partition(), record.offset(), record.timestamp(), record.headers(),
                        record.value()));
                taken++;
            }
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, readTimeout);
        if (infos == null) {
            return List.of();
        }
        return infos.stream().map(info -> new TopicPartition(topic, info.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
    }

    private KafkaConsumer<byte[], byte[]> open() {
        Map<String, Object> settings = new HashMap<>(kafka);
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        return new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
