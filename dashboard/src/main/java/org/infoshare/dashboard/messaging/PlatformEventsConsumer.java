package org.infoshare.dashboard.messaging;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.infoshare.dashboard.service.Panel;
import org.infoshare.dashboard.service.PanelRefreshes;

import java.util.concurrent.CompletionStage;

/**
 * Hears the platform's topics (in a consumer group of this instance's own, so every instance hears
 * every event for the pages it serves) and tells the open pages which panels to refresh. The
 * event's content is never read: only its topic matters.
 */
@ApplicationScoped
public class PlatformEventsConsumer {

    private final PanelRefreshes refreshes;
    private final String prefix;

    public PlatformEventsConsumer(PanelRefreshes refreshes,
                                  @ConfigProperty(name = "infoshare.messaging.topic-prefix", defaultValue = "") String prefix) {
        this.refreshes = refreshes;
        this.prefix = prefix;
    }

    @Incoming("platform-events")
    public CompletionStage<Void> on(Message<byte[]> message) {
        String topic = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getTopic).orElse(null);
        refreshes.changed(Panel.changedBy(topic, prefix));
        return message.ack();
    }
}
