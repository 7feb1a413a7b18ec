package org.infoshare.messaging.testapp;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.vocabulary.ContactChannel;
import org.infoshare.messaging.outbox.Outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A state change that announces itself through the outbox, and can be made to fail after writing. */
@ApplicationScoped
public class LedgerService {

    private final Outbox outbox;

    public LedgerService(Outbox outbox) {
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<UUID> withdraw(String subjectId, boolean failBeforeCommit) {
        ConsentWithdrawn event = new ConsentWithdrawn(UUID.randomUUID(), subjectId, 1, true, List.of(), List.of(),
                List.of(), ContactChannel.PHONE, "actor-1", Instant.now());
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("INSERT INTO ledger_entry (subject_id) VALUES (?1)")
                        .setParameter(1, subjectId).executeUpdate())
                .chain(() -> outbox.append(event))
                .invoke(id -> {
                    if (failBeforeCommit) {
                        throw new IllegalStateException("simulated failure after the outbox write");
                    }
                });
    }
}
