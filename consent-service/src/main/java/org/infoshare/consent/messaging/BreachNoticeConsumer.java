package org.infoshare.consent.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.infoshare.consent.service.BreachNoticeService;
import org.infoshare.events.breach.BreachNoticeRequested;
import org.infoshare.messaging.deadletter.ReplayableConsumer;
import org.infoshare.messaging.inbox.IncomingEvents;
import org.infoshare.messaging.tracing.Traces;

import java.util.Set;

/**
 * P14.3: breach-service's requests to notify a person arrive on breach-events; every other breach
 * event (including this service's own answers) is of no concern here. A person without contact
 * details is an answer, not a failure: only unreadable records are dead-lettered.
 */
@ApplicationScoped
public class BreachNoticeConsumer implements ReplayableConsumer {

    private final IncomingEvents incoming;
    private final BreachNoticeService notices;
    private final Traces traces;

    public BreachNoticeConsumer(IncomingEvents incoming, BreachNoticeService notices, Traces traces) {
        this.incoming = incoming;
        this.notices = notices;
        this.traces = traces;
    }

    /** In a span continuing the record's trace, so what the effect writes to the outbox carries it on. */
    @Incoming("breach-in")
    public Uni<Void> receive(byte[] value, IncomingKafkaRecordMetadata<String, byte[]> record) {
        return traces.consuming(record.getTopic(), record.getHeaders(), () -> consume(value));
    }

    @Override
    public Uni<Void> consume(byte[] value) {
        return incoming.on(value, BreachNoticeRequested.class, notices::dispatch);
    }

    @Override
    public Set<String> topics() {
        return Set.of("breach-events");
    }
}
