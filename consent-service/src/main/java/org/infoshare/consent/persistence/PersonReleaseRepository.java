package org.infoshare.consent.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.PersonRelease;

import java.util.List;
import java.util.UUID;

/** Releases of people's data to organisations, projected from sharing-service's share-released events. */
@ApplicationScoped
public class PersonReleaseRepository {

    private final Entries entries;

    PersonReleaseRepository(Entries entries) {
        this.entries = entries;
    }

    /** Once per release: the same release announced again changes nothing. */
    public Uni<Void> record(PersonRelease release) {
        return entries.findById(release.releaseId()).chain(found -> {
            if (found != null) {
                return Uni.createFrom().voidItem();
            }
            PersonReleaseEntity entity = new PersonReleaseEntity();
            entity.releaseId = release.releaseId();
            entity.subjectId = release.subjectId();
            entity.partnerId = release.partnerId();
            entity.purposes = release.purposes();
            entity.dataCategories = release.dataCategories();
            entity.releasedAt = release.releasedAt();
            return entries.persistAndFlush(entity).replaceWithVoid();
        });
    }

    /** Newest first. */
    public Uni<List<PersonRelease>> bySubject(String subjectId) {
        return entries.find("subjectId", Sort.descending("releasedAt"), subjectId).list()
                .map(found -> found.stream().map(e -> new PersonRelease(e.releaseId, e.subjectId, e.partnerId,
                        e.purposes, e.dataCategories, e.releasedAt)).toList());
    }

    /** Panache's repository for the entity, kept inside persistence. */
    @ApplicationScoped
    static class Entries implements PanacheRepositoryBase<PersonReleaseEntity, UUID> {
    }
}
