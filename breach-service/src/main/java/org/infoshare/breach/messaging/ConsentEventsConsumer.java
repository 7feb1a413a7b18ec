package org.infoshare.breach.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.infoshare.breach.service.StaffAcknowledgementService;
import org.infoshare.breach.service.SubjectAccessPartService;
import org.infoshare.events.consent.SubjectAccessVerified;
import org.infoshare.events.staff.PolicyAcknowledged;
import org.infoshare.messaging.deadletter.ReplayableConsumer;
import org.infoshare.messaging.inbox.IncomingEvents;
import org.infoshare.messaging.tracing.Traces;

import java.util.Set;

/**
 * What breach-service takes from consent-events: verified subject access requests, answered with
 * this service's part (P12.2), and staff acknowledgements of the policy, kept for the
 * acknowledgement gate (P15.1). Every other consent event is passed over; a record that is not a
 * readable event fails here and the channel dead-letters it to breach-service.dead-letter.
 */
@ApplicationScoped
public class ConsentEventsConsumer implements ReplayableConsumer {

    private final IncomingEvents incoming;
    private final SubjectAccessPartService parts;
    private final StaffAcknowledgementService acknowledgements;
    private final Traces traces;

    public ConsentEventsConsumer(IncomingEvents incoming, SubjectAccessPartService parts,
                                 StaffAcknowledgementService acknowledgements, Traces traces) {
        this.incoming = incoming;
        this.parts = parts;
        this.acknowledgements = acknowledgements;
        this.traces = traces;
    }

    @Incoming("consent-in")
    public Uni<Void> receive(byte[] value, IncomingKafkaRecordMetadata<String, byte[]> record) {
        return traces.consuming(record.getTopic(), record.getHeaders(), () -> consume(value));
    }

    @Override
    public Uni<Void> consume(byte[] value) {
        return incoming.on(value, SubjectAccessVerified.class, parts::prepare,
                PolicyAcknowledged.class, acknowledgements::acknowledged);
    }

    @Override
    public Set<String> topics() {
        return Set.of("consent-events");
    }
}
