package org.infoshare.breach.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.infoshare.breach.service.StaffAcknowledgementService;
import org.infoshare.events.staff.PolicyAcknowledged;
import org.infoshare.messaging.deadletter.ReplayableConsumer;
import org.infoshare.messaging.inbox.IncomingEvents;
import org.infoshare.messaging.tracing.Traces;

import java.util.Set;

/**
 * P15.1: consent-service's policy-acknowledged events on consent-events, kept for this service's
 * acknowledgement gate. Every other consent event is passed over. A record that is not a readable
 * event fails here and the channel dead-letters it to breach-service.dead-letter.
 */
@ApplicationScoped
public class StaffAcknowledgementConsumer implements ReplayableConsumer {

    private final IncomingEvents incoming;
    private final StaffAcknowledgementService acknowledgements;
    private final Traces traces;

    public StaffAcknowledgementConsumer(IncomingEvents incoming, StaffAcknowledgementService acknowledgements,
                                        Traces traces) {
        this.incoming = incoming;
        this.acknowledgements = acknowledgements;
        this.traces = traces;
    }

    @Incoming("consent-in")
    public Uni<Void> receive(byte[] value, IncomingKafkaRecordMetadata<String, byte[]> record) {
        return traces.consuming(record.getTopic(), record.getHeaders(), () -> consume(value));
    }

    @Override
    public Uni<Void> consume(byte[] value) {
        return incoming.on(value, PolicyAcknowledged.class, acknowledgements::acknowledged);
    }

    @Override
    public Set<String> topics() {
        return Set.of("consent-events");
    }
}
