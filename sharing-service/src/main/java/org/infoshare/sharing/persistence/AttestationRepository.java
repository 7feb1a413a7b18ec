package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.sharing.domain.Attestation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores partners' attestations (P5.1); hands out domain records only. */
@ApplicationScoped
public class AttestationRepository {

    private final Entities entities;

    AttestationRepository(Entities entities) {
        this.entities = entities;
    }

    public Uni<Void> add(Attestation a) {
        AttestationEntity e = new AttestationEntity();
        e.id = a.id();
        e.protocolId = a.protocolId();
        e.partnerId = a.partnerId();
        e.securityMeasuresMet = a.securityMeasuresMet();
        e.staffInformed = a.staffInformed();
        e.statement = a.statement().orElse(null);
        e.attestedBy = a.attestedBy();
        e.attestedAt = a.attestedAt();
        return entities.persist(e).replaceWithVoid();
    }

    /** Newest first. */
    public Uni<List<Attestation>> forProtocol(UUID protocolId) {
        return entities.find("protocolId", Sort.descending("attestedAt").and("id"), protocolId).list()
                .map(found -> found.stream().map(e -> new Attestation(e.id, e.protocolId, e.partnerId,
                        e.securityMeasuresMet, e.staffInformed, Optional.ofNullable(e.statement), e.attestedBy,
                        e.attestedAt)).toList());
    }

    /** The partner's latest attestation for a protocol, the one that counts (P5.1). */
    public Uni<Optional<Attestation>> latestFor(UUID protocolId) {
        return entities.find("protocolId", Sort.descending("attestedAt").and("id"), protocolId).firstResult()
                .map(e -> Optional.ofNullable(e).map(found -> new Attestation(found.id, found.protocolId,
                        found.partnerId, found.securityMeasuresMet, found.staffInformed,
                        Optional.ofNullable(found.statement), found.attestedBy, found.attestedAt)));
    }

    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<AttestationEntity, UUID> {
    }
}
