package org.infoshare.messaging.testapp;

import io.cloudevents.CloudEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.messaging.deadletter.ReplayableConsumer;
import org.infoshare.messaging.inbox.IdempotentConsumer;
import org.infoshare.messaging.inbox.IncomingEvents;
import org.infoshare.messaging.tracing.Traces;

import java.util.Set;
import java.util.UUID;

/** Applies each consent-withdrawn once, however often it is delivered, as every service's consumer does. */
@ApplicationScoped
public class LedgerConsumer implements ReplayableConsumer {

    private final IncomingEvents incoming;
    private final Ledger ledger;
    private final Traces traces;

    public LedgerConsumer(IncomingEvents incoming, Ledger ledger, Traces traces) {
        this.incoming = incoming;
        this.ledger = ledger;
        this.traces = traces;
    }

    /** Each record's effect runs in a span continuing the trace of its {@code traceparent} header. */
    @Incoming("ledger-in")
    public Uni<Void> receive(byte[] value, IncomingKafkaRecordMetadata<String, byte[]> record) {
        return traces.consuming(record.getTopic(), record.getHeaders(), () -> consume(value));
    }

    @Override
    public Uni<Void> consume(byte[] value) {
        return incoming.on(value, ConsentWithdrawn.class, ledger::apply);
    }

    @Override
    public Set<String> topics() {
        return Set.of("consent-events");
    }

    /** The transactional effect, a bean of its own so that {@code @WithTransaction} intercepts it. */
    @ApplicationScoped
    public static class Ledger {

        private final IdempotentConsumer idempotent;
        private final FaultInjection faults;

        public Ledger(IdempotentConsumer idempotent, FaultInjection faults) {
            this.idempotent = idempotent;
            this.faults = faults;
        }

        @WithTransaction
        public Uni<Void> apply(CloudEvent envelope, ConsentWithdrawn withdrawn) {
            return idempotent.applyOnce("ledger", envelope, () -> Panache.getSession()
                            .invoke(() -> faults.strike(withdrawn.subjectId()))
                            .chain(session -> session.createNativeQuery(
                                            "INSERT INTO applied_event (event_id, subject_id) VALUES (?1, ?2)")
                                    .setParameter(1, UUID.fromString(envelope.getId()))
                                    .setParameter(2, withdrawn.subjectId())
                                    .executeUpdate())
                            .replaceWithVoid())
                    .replaceWithVoid();
        }
    }
}
