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
            WHERE (SELECT coalesce(max(tree_size), 0) FROM trail_checkpoint) = CAST(?7 AS BIGINT) AND ?1 > CAST(?7 AS BIGINT)""";

    /**
     * Adds {@code checkpoint}, which extends the one of size {@code extended} (0: the first), only
     * if that one is still the latest. The caller holds the checkpoint job's lock, so this
     * statement sees every checkpoint committed before it: two can never extend the same one.
     *
     * @return false when another replica signed in the meantime
     */
    public Uni<Boolean> add(Checkpoint checkpoint, long extended) {
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                        .setParameter(1, checkpoint.treeSize())
                        .setParameter(2, checkpoint.root())
                        .setParameter(3, checkpoint.frontier())
                        .setParameter(4, checkpoint.signedAt().atOffset(ZoneOffset.UTC))
                        .setParameter(5, checkpoint.keyId())
                        .setParameter(6, checkpoint.signature())
                        .setParameter(7, extended)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
