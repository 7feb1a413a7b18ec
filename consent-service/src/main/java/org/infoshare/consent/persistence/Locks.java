package org.infoshare.consent.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.LockModeType;

/** Row locks for read-change-write, shared by the repositories of entities that change. */
final class Locks {

    private Locks() {
    }

    /**
     * The entity as committed now, its row locked (SELECT ... FOR UPDATE) until the transaction
     * ends; null when absent. It must be the transaction's first read of that row: for an entity
     * the session already holds, Hibernate takes the lock but keeps the state it read before, and
     * a change computed from that older state could overwrite one committed in between. Every
     * caller is a use case that begins its transaction with this read.
     */
    static <E, I> Uni<E> findForUpdate(PanacheRepositoryBase<E, I> repository, I id) {
        return repository.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
