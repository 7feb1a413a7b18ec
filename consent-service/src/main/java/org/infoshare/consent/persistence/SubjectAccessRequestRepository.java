package org.infoshare.consent.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.SubjectAccessRequest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores subject access requests; hands out domain records only, never entities. */
@ApplicationScoped
public class SubjectAccessRequestRepository {

    private final Entities entities;

    SubjectAccessRequestRepository(Entities entities) {
        this.entities = entities;
    }

    public Uni<Void> add(SubjectAccessRequest request) {
        SubjectAccessRequestEntity entity = new SubjectAccessRequestEntity();
        entity.id = request.id();
        entity.subjectId = request.subjectId();
        entity.channel = request.channel().name();
        entity.receivedAt = request.receivedAt();
        entity.recordedBy = request.recordedBy();
        entity.recordedAt = request.recordedAt();
        writeProgress(entity, request);
        return entities.persist(entity).replaceWithVoid();
    }

    /** Saves identity, pause and extension, and the due date they give. */
    public Uni<Void> update(SubjectAccessRequest request) {
        return entities.findById(request.id()).invoke(entity -> writeProgress(entity, request)).replaceWithVoid();
    }

    public Uni<List<SubjectAccessRequest>> bySubject(String subjectId) {
        return entities.find("subjectId", Sort.ascending("receivedAt"), subjectId).list()
                .map(found -> found.stream().map(SubjectAccessRequestRepository::toDomain).toList());
    }

    private static void writeProgress(SubjectAccessRequestEntity entity, SubjectAccessRequest request) {
        entity.dueDate = request.dueDate();
        entity.status = request.status().name();
        entity.identityMethod = request.identity().map(SubjectAccessRequest.IdentityVerification::method).orElse(null);
        entity.identityVerifiedBy = request.identity().map(SubjectAccessRequest.IdentityVerification::verifiedBy).orElse(null);
        entity.identityVerifiedAt = request.identity().map(SubjectAccessRequest.IdentityVerification::verifiedAt).orElse(null);
        entity.pausedSince = request.pause().map(SubjectAccessRequest.Pause::since).orElse(null);
        entity.pauseReason = request.pause().map(p -> p.reason().name()).orElse(null);
        entity.pausedDays = request.pausedDays();
        entity.extensionMonths = request.extensionMonths();
        entity.extensionReason = request.extensionReason().orElse(null);
    }

    public Uni<Optional<SubjectAccessRequest>> find(UUID id) {
        return entities.findById(id).map(entity -> Optional.ofNullable(entity).map(SubjectAccessRequestRepository::toDomain));
    }

    /** The request as committed now, its row locked until the transaction ends, so two changes cannot interleave. */
    public Uni<Optional<SubjectAccessRequest>> findForUpdate(UUID id) {
        return Locks.findForUpdate(entities, id)
                .map(entity -> Optional.ofNullable(entity).map(SubjectAccessRequestRepository::toDomain));
    }

    /** Soonest due first, so staff see what is urgent. */
    public Uni<List<SubjectAccessRequest>> byDueDate(int page, int size) {
        return entities.findAll(Sort.ascending("dueDate").and("id")).page(Page.of(page, size)).list()
                .map(found -> found.stream().map(SubjectAccessRequestRepository::toDomain).toList());
    }

    public Uni<Long> count() {
        return entities.count();
    }

    private static SubjectAccessRequest toDomain(SubjectAccessRequestEntity e) {
        return new SubjectAccessRequest(e.id, e.subjectId, SubjectAccessRequest.RequestChannel.valueOf(e.channel),
                e.receivedAt, e.recordedBy, e.recordedAt, SubjectAccessRequest.Status.valueOf(e.status),
                Optional.ofNullable(e.identityVerifiedAt).map(at ->
                        new SubjectAccessRequest.IdentityVerification(e.identityMethod, e.identityVerifiedBy, at)),
                Optional.ofNullable(e.pausedSince).map(since ->
                        new SubjectAccessRequest.Pause(SubjectAccessRequest.PauseReason.valueOf(e.pauseReason), since)),
                e.pausedDays, e.extensionMonths, Optional.ofNullable(e.extensionReason));
    }

    /** Panache's repository for the entity, kept inside persistence. */
    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<SubjectAccessRequestEntity, UUID> {
    }
}
