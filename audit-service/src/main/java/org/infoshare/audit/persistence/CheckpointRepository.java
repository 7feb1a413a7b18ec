package org.infoshare.audit.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.audit.domain.Checkpoint;

import java.time.ZoneOffset;

/**
 * Writes a checkpoint in the caller's Hibernate Reactive transaction, the one that also appends
 * its event to the outbox, so the copy on Kafka exists if and only if the row does.
 */
@ApplicationScoped
public class CheckpointRepository {

    private static final String INSERT = """
            INSERT INTO trail_checkpoint (tree_size, root_hash, frontier, signed_at, key_id, signature)
            SELECT ?1, ?2, ?3, ?4, ?5, ?6
            WHERE NOT EXISTS (SELECT 1 FROM trail_checkpoint WHERE tree_size >= ?1)""";

    /** @return false when a checkpoint as large already exists (another replica was quicker) */
    public Uni<Boolean> add(Checkpoint checkpoint) {
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                        .setParameter(1, checkpoint.treeSize())
                        .setParameter(2, checkpoint.root())
                        .setParameter(3, checkpoint.frontier())
                        .setParameter(4, checkpoint.signedAt().atOffset(ZoneOffset.UTC))
                        .setParameter(5, checkpoint.keyId())
                        .setParameter(6, checkpoint.signature())
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
