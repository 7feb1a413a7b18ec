package org.infoshare.audit.messaging;

import io.cloudevents.CloudEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.infoshare.audit.domain.PayloadDigest;
import org.infoshare.audit.domain.TrailEntry;
import org.infoshare.audit.service.TrailService;
import org.infoshare.messaging.inbox.IncomingEvents;

import java.util.UUID;

/**
 * Feeds every event of every topic into the trail. A record that is not a CloudEvent fails here
 * and is dead-lettered by the channel's failure strategy, so it stays visible and never blocks.
 */
@ApplicationScoped
public class TrailConsumer {

    private final IncomingEvents incoming;
    private final TrailService trail;

    public TrailConsumer(IncomingEvents incoming, TrailService trail) {
        this.incoming = incoming;
        this.trail = trail;
    }

    @Incoming("trail-in")
    public Uni<Void> capture(ConsumerRecord<String, byte[]> record) {
        CloudEvent envelope = incoming.envelope(record.value());
        byte[] data = envelope.getData() == null ? new byte[0] : envelope.getData().toBytes();
        TrailEntry entry = new TrailEntry(UUID.fromString(envelope.getId()), envelope.getType(),
                envelope.getSource().toString(), envelope.getSubject(), envelope.getTime().toInstant(),
                record.topic(), PayloadDigest.sha256(data));
        return trail.record(envelope, entry).replaceWithVoid();
    }
}
