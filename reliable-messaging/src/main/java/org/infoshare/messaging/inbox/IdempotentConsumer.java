package org.infoshare.messaging.inbox;

import io.cloudevents.CloudEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Applies an incoming event's effect at most once per consumer. The event id is recorded in the
 * same transaction as the effect, so a redelivery after a crash either finds the id (and skips)
 * or finds neither (and applies both again).
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private static final String RECORD = """
            INSERT INTO processed_event (consumer, event_id, event_type) VALUES (?1, ?2, ?3)
            ON CONFLICT DO NOTHING""";

    /**
     * Must run inside the caller's transaction ({@code @WithTransaction} on the consuming method).
     *
     * @return true when the effect ran, false when the event had been applied before
     */
    public Uni<Boolean> applyOnce(String consumer, CloudEvent event, Supplier<Uni<Void>> effect) {
        UUID eventId = UUID.fromString(event.getId());
        return Panache.currentTransaction()
                .invoke(tx -> {
                    if (tx == null) {
                        throw new IllegalStateException("applyOnce must run inside the effect's transaction");
                    }
                })
                .chain(Panache::getSession)
                .chain(session -> session.createNativeQuery(RECORD)
                        .setParameter(1, consumer)
                        .setParameter(2, eventId)
                        .setParameter(3, event.getType())
                        .executeUpdate())
                .chain(inserted -> {
                    if (inserted == 0) {
                        LOG.debugf("%s skips event %s: already applied", consumer, eventId);
                        return Uni.createFrom().item(false);
                    }
                    return effect.get().replaceWith(true);
                });
    }
}
