package org.infoshare.consent.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.infoshare.consent.service.SubjectAccessAnswerService;
import org.infoshare.events.subjectaccess.SubjectAccessPartPrepared;
import org.infoshare.messaging.deadletter.ReplayableConsumer;
import org.infoshare.messaging.inbox.IncomingEvents;
import org.infoshare.messaging.tracing.Traces;

import java.util.Set;

/**
 * P12.2: the other services' parts of subject access answers, from subject-access-parts, kept for
 * the DPO's assembled answer. A part from a service other than the one it names, or for a request
 * not verified here, is dead-lettered with the reason.
 */
@ApplicationScoped
public class SubjectAccessPartConsumer implements ReplayableConsumer {

    private final IncomingEvents incoming;
    private final SubjectAccessAnswerService answers;
    private final Traces traces;

    public SubjectAccessPartConsumer(IncomingEvents incoming, SubjectAccessAnswerService answers, Traces traces) {
        this.incoming = incoming;
        this.answers = answers;
        this.traces = traces;
    }

    @Incoming("parts-in")
    public Uni<Void> receive(byte[] value, IncomingKafkaRecordMetadata<String, byte[]> record) {
        return traces.consuming(record.getTopic(), record.getHeaders(), () -> consume(value));
    }

    @Override
    public Uni<Void> consume(byte[] value) {
        return incoming.on(value, SubjectAccessPartPrepared.class, answers::partPrepared);
    }

    @Override
    public Set<String> topics() {
        return Set.of("subject-access-parts");
    }
}
