package org.infoshare.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Reads a topic from its end on all partitions (assign, no group), handing each record's value
 * to a handler on its own thread. Started before any timed request, so nothing is missed.
 */
final class TopicTail implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private final CountDownLatch positioned = new CountDownLatch(1);
    private volatile boolean running = true;

    TopicTail(String bootstrap, String topic, Consumer<ConsumerRecord<byte[], byte[]>> handler) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "infoshare-bench-" + topic);
        consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        if (partitions.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " has no partitions");
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, before anything is sent
        thread = new Thread(() -> {
            positioned.countDown();
            try {
                while (running) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                        handler.accept(record);
                    }
                }
            } catch (WakeupException stopping) {
                // closing
            } finally {
                consumer.close(Duration.ofSeconds(2));
            }
        }, "tail-" + topic);
        thread.setDaemon(true);
        thread.start();
        try {
            positioned.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads sharing-events' recipient-notified events into the tracker. */
    static TopicTail recipientNotified(String bootstrap, WithdrawalTracker tracker, ObjectMapper json) {
        String type = org.infoshare.events.EventType.RECIPIENT_NOTIFIED.cloudEventType();
        return new TopicTail(bootstrap, org.infoshare.events.Topics.SHARING_EVENTS, record -> {
            long now = System.nanoTime();
            try {
                JsonNode event = json.readTree(record.value());
                if (!type.equals(event.path("type").asText())) {
                    return;
                }
                JsonNode data = event.path("data");
                tracker.notified(Ids.uuid(data.path("consentId").asText()), Ids.uuid(data.path("notificationId").asText()),
                        Ids.uuid(data.path("releaseId").asText()), now);
            } catch (Exception unreadable) {
                // not an event of ours
            }
        });
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
