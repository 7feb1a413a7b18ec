package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.sharing.domain.SafeguardingReferral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores safeguarding referrals; hands out domain records only, never entities. */
@ApplicationScoped
public class SafeguardingReferralRepository {

    private final Entities entities;

    SafeguardingReferralRepository(Entities entities) {
        this.entities = entities;
    }

    public Uni<Void> add(SafeguardingReferral referral) {
        SafeguardingReferralEntity entity = new SafeguardingReferralEntity();
        entity.id = referral.id();
        entity.subjectId = referral.subjectId();
        entity.partnerId = referral.safeguardingTeam();
        entity.category = referral.category().name();
        entity.referredBy = referral.referredBy();
        entity.referredAt = referral.referredAt();
        return entities.persist(entity).replaceWithVoid();
    }

    public Uni<Optional<SafeguardingReferral>> find(UUID id) {
        return entities.findById(id).map(entity -> Optional.ofNullable(entity).map(SafeguardingReferralRepository::toDomain));
    }

    public Uni<List<SafeguardingReferral>> newestFirst(int page, int size) {
        return entities.findAll(Sort.descending("referredAt").and("id")).page(Page.of(page, size)).list()
                .map(found -> found.stream().map(SafeguardingReferralRepository::toDomain).toList());
    }

    public Uni<Long> count() {
        return entities.count();
    }

    private static SafeguardingReferral toDomain(SafeguardingReferralEntity entity) {
        return new SafeguardingReferral(entity.id, entity.subjectId, entity.partnerId,
                SafeguardingReferral.Category.valueOf(entity.category), entity.referredBy, entity.referredAt);
    }

    /** Panache's repository for the entity, kept inside persistence. */
    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<SafeguardingReferralEntity, UUID> {
    }
}
