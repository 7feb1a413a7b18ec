package org.infoshare.breach.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.domain.Escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Escalation points each breach's ICO clock has reached (P14.2); each point once per breach. */
@ApplicationScoped
public class EscalationRepository {

    private static final String RAISE = """
            INSERT INTO breach_escalation (id, breach_id, before_deadline_seconds, escalated_at)
            VALUES (gen_random_uuid(), ?1, ?2, ?3)
            ON CONFLICT (breach_id, before_deadline_seconds) DO NOTHING""";

    private final Entities entities;

    EscalationRepository(Entities entities) {
        this.entities = entities;
    }

    /** @return true when the point was raised now, false when it had been before */
    public Uni<Boolean> raise(UUID breachId, Duration beforeDeadline, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(RAISE)
                        .setParameter(1, breachId)
                        .setParameter(2, beforeDeadline.toSeconds())
                        .setParameter(3, at)
                        .executeUpdate())
                .map(inserted -> inserted > 0);
    }

    public Uni<List<Escalation>> list(UUID breachId) {
        return entities.list("breachId", Sort.descending("beforeDeadlineSeconds"), breachId)
                .map(found -> found.stream()
                        .map(e -> new Escalation(Duration.ofSeconds(e.beforeDeadlineSeconds), e.escalatedAt))
                        .toList());
    }

    /** Panache's repository for the entity, kept private to this package. */
    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<EscalationEntity, UUID> {
    }
}
