package org.infoshare.messaging.testapp;

import io.cloudevents.CloudEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.messaging.inbox.IdempotentConsumer;
import org.infoshare.messaging.inbox.IncomingEvents;

import java.util.UUID;

/** Applies each consent-withdrawn once, however often it is delivered. */
@ApplicationScoped
public class LedgerConsumer {

    private final IncomingEvents incoming;
    private final IdempotentConsumer idempotent;

    public LedgerConsumer(IncomingEvents incoming, IdempotentConsumer idempotent) {
        this.incoming = incoming;
        this.idempotent = idempotent;
    }

    @Incoming("ledger-in")
    @WithTransaction
    public Uni<Void> consume(byte[] value) {
        CloudEvent envelope = incoming.envelope(value);
        ConsentWithdrawn withdrawn = (ConsentWithdrawn) incoming.data(envelope);
        return idempotent.applyOnce("ledger", envelope, () -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(
                                        "INSERT INTO applied_event (event_id, subject_id) VALUES (?1, ?2)")
                                .setParameter(1, UUID.fromString(envelope.getId()))
                                .setParameter(2, withdrawn.subjectId())
                                .executeUpdate())
                        .replaceWithVoid())
                .replaceWithVoid();
    }
}
