package org.infoshare.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Reads what arrives on a topic from the moment it is opened, without joining a consumer group,
 * so tests see the real records on the real broker without disturbing the services' groups.
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    public TopicReader(String topic) {
        this(System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092"), topic);
    }

    public TopicReader(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        ensureExists(bootstrapServers, topic);
        List<TopicPartition> partitions = partitions(topic);
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fix the start now, before the test acts
    }

    /** A topic just created may take a moment to appear in the metadata, more so on a fresh broker. */
    private List<TopicPartition> partitions(String topic) {
        Instant deadline = Instant.now().plusSeconds(15);
        while (true) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            if (!partitions.isEmpty()) {
                return partitions;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("topic " + topic + " has no partitions");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A dead-letter topic, say, only exists once something failed; the reader must be there first. */
    private static void ensureExists(String bootstrapServers, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty()))).all()
                    .get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not create topic " + topic + " in time", e);
        }
    }

    /** Waits until {@code count} records matching {@code filter} arrived, and returns all matching ones seen. */
    public List<ConsumerRecord<String, byte[]>> await(Predicate<ConsumerRecord<String, byte[]>> filter, int count,
                                                      Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (matching(filter).size() < count && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return matching(filter);
    }

    /** Keeps reading for {@code quietPeriod} and returns every matching record seen so far. */
    public List<ConsumerRecord<String, byte[]>> drain(Predicate<ConsumerRecord<String, byte[]>> filter,
                                                      Duration quietPeriod) {
        Instant end = Instant.now().plus(quietPeriod);
        while (Instant.now().isBefore(end)) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return matching(filter);
    }

    private List<ConsumerRecord<String, byte[]>> matching(Predicate<ConsumerRecord<String, byte[]>> filter) {
        return seen.stream().filter(filter).toList();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
