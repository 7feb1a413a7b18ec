package org.infoshare.audit.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.infoshare.audit.service.SubjectAccessPartService;
import org.infoshare.events.consent.SubjectAccessVerified;
import org.infoshare.messaging.deadletter.ReplayableConsumer;
import org.infoshare.messaging.inbox.IncomingEvents;
import org.infoshare.messaging.tracing.Traces;

import java.util.Set;

/**
 * P12.2: consent-service's subject-access-verified on consent-events, answered with this service's
 * part; every other consent event is passed over. Unreadable records are dead-lettered to
 * audit-service.dead-letter.
 */
@ApplicationScoped
public class SubjectAccessConsumer implements ReplayableConsumer {

    private final IncomingEvents incoming;
    private final SubjectAccessPartService parts;
    private final Traces traces;

    public SubjectAccessConsumer(IncomingEvents incoming, SubjectAccessPartService parts, Traces traces) {
        this.incoming = incoming;
        this.parts = parts;
        this.traces = traces;
    }

    @Incoming("subject-access-in")
    public Uni<Void> receive(byte[] value, IncomingKafkaRecordMetadata<String, byte[]> record) {
        return traces.consuming(record.getTopic(), record.getHeaders(), () -> consume(value));
    }

    @Override
    public Uni<Void> consume(byte[] value) {
        return incoming.on(value, SubjectAccessVerified.class, parts::prepare);
    }

    @Override
    public Set<String> topics() {
        return Set.of("consent-events");
    }
}
