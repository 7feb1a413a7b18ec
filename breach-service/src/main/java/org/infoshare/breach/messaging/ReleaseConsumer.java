package org.infoshare.breach.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.infoshare.breach.service.ReleaseProjectionService;
import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.messaging.deadletter.ReplayableConsumer;
import org.infoshare.messaging.inbox.IncomingEvents;
import org.infoshare.messaging.tracing.Traces;

import java.util.Set;

/**
 * Keeps the release projection that tracing reads (P14.1): every share-released on sharing-events,
 * applied once. Other sharing events are not needed here and are passed over. A record that is not
 * a readable event fails here and the channel dead-letters it to breach-service.dead-letter.
 */
@ApplicationScoped
public class ReleaseConsumer implements ReplayableConsumer {

    private final IncomingEvents incoming;
    private final ReleaseProjectionService projection;
    private final Traces traces;

    public ReleaseConsumer(IncomingEvents incoming, ReleaseProjectionService projection, Traces traces) {
        this.incoming = incoming;
        this.projection = projection;
        this.traces = traces;
    }

    /** In a span continuing the record's trace, so what the effect writes to the outbox carries it on. */
    @Incoming("sharing-in")
    public Uni<Void> receive(byte[] value, IncomingKafkaRecordMetadata<String, byte[]> record) {
        return traces.consuming(record.getTopic(), record.getHeaders(), () -> consume(value));
    }

    @Override
    public Uni<Void> consume(byte[] value) {
        return incoming.on(value, ShareReleased.class, projection::record);
    }

    @Override
    public Set<String> topics() {
        return Set.of("sharing-events");
    }
}
