package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;

/** consent-service's staff acknowledgements of the policy (P15.1), as this service's gate reads them. */
@ApplicationScoped
public class StaffAcknowledgementRepository {

    /** Keeps an acknowledgement; one already kept (a redelivery) changes nothing. */
    public Uni<Void> keep(String staffId, String policyVersion, Instant acknowledgedAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "INSERT INTO staff_acknowledgement (staff_id, policy_version, acknowledged_at) VALUES (?1, ?2, ?3) "
                                + "ON CONFLICT (staff_id, policy_version) DO NOTHING")
                .setParameter(1, staffId).setParameter(2, policyVersion)
                .setParameter(3, acknowledgedAt.atOffset(ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<Boolean> exists(String staffId, String policyVersion) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT count(*) FROM staff_acknowledgement WHERE staff_id = ?1 AND policy_version = ?2")
                .setParameter(1, staffId).setParameter(2, policyVersion)
                .getSingleResult())
                .map(count -> ((Number) count).longValue() > 0);
    }
}
