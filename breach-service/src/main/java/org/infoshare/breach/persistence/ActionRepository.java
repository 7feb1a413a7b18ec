package org.infoshare.breach.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.domain.ActionKind;
import org.infoshare.breach.domain.RemedialAction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Remedial actions of breaches (P14.4), in the order they were recorded. */
@ApplicationScoped
public class ActionRepository {

    private final Entities entities;

    ActionRepository(Entities entities) {
        this.entities = entities;
    }

    public Uni<Void> add(RemedialAction action) {
        ActionEntity e = new ActionEntity();
        e.id = action.id();
        e.breachId = action.breachId();
        e.kind = action.kind().name();
        e.description = action.description();
        e.owner = action.owner();
        e.dueOn = action.dueOn();
        e.outcome = action.outcome().orElse(null);
        e.createdAt = action.createdAt();
        e.doneAt = action.doneAt().orElse(null);
        return entities.persist(e).replaceWithVoid();
    }

    public Uni<List<RemedialAction>> list(UUID breachId) {
        return entities.list("breachId", Sort.ascending("createdAt").and("id"), breachId)
                .map(found -> found.stream().map(ActionRepository::toDomain).toList());
    }

    public Uni<Optional<RemedialAction>> find(UUID breachId, UUID actionId) {
        return entities.find("breachId = ?1 and id = ?2", breachId, actionId).firstResult()
                .map(entity -> Optional.ofNullable(entity).map(ActionRepository::toDomain));
    }

    public Uni<RemedialAction> markDone(UUID actionId, String outcome, Instant doneAt) {
        return entities.findById(actionId).map(entity -> {
            entity.outcome = outcome;
            entity.doneAt = doneAt;
            return toDomain(entity);
        });
    }

    private static RemedialAction toDomain(ActionEntity e) {
        return new RemedialAction(e.id, e.breachId, ActionKind.valueOf(e.kind), e.description, e.owner, e.dueOn,
                Optional.ofNullable(e.outcome), e.createdAt, Optional.ofNullable(e.doneAt));
    }

    /** Panache's repository for the entity, kept private to this package. */
    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<ActionEntity, UUID> {
    }
}
