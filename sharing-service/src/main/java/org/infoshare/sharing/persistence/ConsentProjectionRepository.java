package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.sharing.domain.ConsentProjection;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Stores the consent projection; hands out domain records only. */
@ApplicationScoped
public class ConsentProjectionRepository {

    private final Entities entities;

    ConsentProjectionRepository(Entities entities) {
        this.entities = entities;
    }

    /**
     * Serialises what a consent allows against a change of the consent: every transaction that
     * makes a release under a consent takes this row {@code FOR SHARE} before reading it, and the
     * transaction applying a consent event takes it {@code FOR UPDATE} first (see
     * {@link #lockForChange}). A decision therefore either commits before a withdrawal reads the
     * live releases (and is withdrawn by it) or reads the consent after the withdrawal committed.
     * Native SQL so the lock is taken before any entity is cached in the session. Absent rows
     * lock nothing: a consent not yet projected allows nothing either.
     */
    public Uni<Void> lockForRelease(UUID consentId) {
        return lock(consentId, "FOR SHARE");
    }

    /** Taken first by the transaction that applies a consent event; see {@link #lockForRelease}. */
    public Uni<Void> lockForChange(UUID consentId) {
        return lock(consentId, "FOR UPDATE");
    }

    private Uni<Void> lock(UUID consentId, String mode) {
        return entities.getSession().chain(session -> session
                        .createNativeQuery("SELECT 1 FROM consent_projection WHERE consent_id = ?1 " + mode)
                        .setParameter(1, consentId)
                        .getResultList())
                .replaceWithVoid();
    }

    /**
     * The consent under the same shared lock as {@link #lockForRelease}, read by the statement that
     * takes it. Native SQL, as {@link #lockForRelease}: Hibernate's own lock upgrade of a row the
     * session already holds writes the property name where the column belongs.
     */
    public Uni<Optional<ConsentProjection>> findForRelease(UUID consentId) {
        return entities.getSession().chain(session -> session
                        .createNativeQuery("SELECT * FROM consent_projection WHERE consent_id = ?1 FOR SHARE",
                                ConsentProjectionEntity.class)
                        .setParameter(1, consentId)
                        .getResultList())
                .map(found -> found.stream().findFirst().map(ConsentProjectionRepository::toDomain));
    }

    public Uni<Optional<ConsentProjection>> find(UUID consentId) {
        return entities.findById(consentId).map(e -> Optional.ofNullable(e).map(ConsentProjectionRepository::toDomain));
    }

    public Uni<Void> save(ConsentProjection p, Instant now) {
        return entities.findById(p.consentId()).chain(found -> {
            ConsentProjectionEntity e = found != null ? found : new ConsentProjectionEntity();
            e.consentId = p.consentId();
            e.subjectId = p.subjectId();
            e.version = p.version();
            e.givenVersion = p.givenVersion();
            e.purposes = p.purposes();
            e.dataCategories = p.dataCategories();
            e.recipientPartnerIds = p.recipientPartnerIds();
            e.recipientPartnerKinds = p.recipientPartnerKinds();
            e.withdrawnPurposes = p.withdrawnPurposes();
            e.withdrawnPartnerIds = p.withdrawnPartnerIds();
            e.withdrawnPartnerKinds = p.withdrawnPartnerKinds();
            e.wholeWithdrawn = p.wholeWithdrawn();
            e.expired = p.expired();
            e.lastConfirmedAt = p.lastConfirmedAt().orElse(null);
            e.reconfirmAfterDays = p.reconfirmAfterDays();
            e.expiresAt = p.expiresAt().orElse(null);
            e.reconfirmationRequestedAt = p.reconfirmationRequestedAt().orElse(null);
            e.updatedAt = now;
            return found != null ? Uni.createFrom().voidItem() : entities.persist(e).replaceWithVoid();
        });
    }

    private static ConsentProjection toDomain(ConsentProjectionEntity e) {
        return new ConsentProjection(e.consentId, e.subjectId, e.version, e.givenVersion, e.purposes, e.dataCategories,
                e.recipientPartnerIds, e.recipientPartnerKinds, e.withdrawnPurposes, e.withdrawnPartnerIds,
                e.withdrawnPartnerKinds, e.wholeWithdrawn, e.expired, Optional.ofNullable(e.lastConfirmedAt),
                e.reconfirmAfterDays, Optional.ofNullable(e.expiresAt), Optional.ofNullable(e.reconfirmationRequestedAt));
    }

    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<ConsentProjectionEntity, UUID> {
    }
}
