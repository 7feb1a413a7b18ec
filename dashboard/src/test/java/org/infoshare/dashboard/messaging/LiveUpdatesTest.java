package org.infoshare.dashboard.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.infoshare.dashboard.service.Panel;
import org.infoshare.dashboard.service.PanelRefreshes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** The real broker: an event on a platform topic tells the open pages which panel to refresh. */
@QuarkusTest
class LiveUpdatesTest {

    @Inject
    PanelRefreshes refreshes;

    @Test
    @DisplayName("an event on the breach topic refreshes the breaches panel of an open page")
    void breachEventRefreshesBreaches() {
        AssertSubscriber<Panel> page = refreshes.stream().subscribe().withSubscriber(AssertSubscriber.create(100));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            // The consumer starts at the latest offset once it has its partitions: send until it hears one
            // (other runs may write the shared test topics meanwhile; PanelTest pins the mapping itself).
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                producer.send(new ProducerRecord<>("test.breach-events", "k",
                        "{\"type\":\"breach-suspected\"}".getBytes(StandardCharsets.UTF_8))).get();
                return page.getItems().contains(Panel.BREACHES);
            });
        }
        page.cancel();
    }
}
