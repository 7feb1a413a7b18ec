package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.vocabulary.ReleaseChannel;
import org.infoshare.events.vocabulary.Sensitivity;
import org.infoshare.sharing.domain.Release;
import org.infoshare.sharing.domain.ReleaseStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores releases (recipient records); hands out domain records only. */
@ApplicationScoped
public class ReleaseRepository {

    private final Entities entities;
    private final JsonColumns json;
    private final SealedColumns sealed;

    ReleaseRepository(Entities entities, JsonColumns json, SealedColumns sealed) {
        this.entities = entities;
        this.json = json;
        this.sealed = sealed;
    }

    /** The consent a release was made under, read without loading (and caching) the release. */
    public Uni<Optional<UUID>> consentOf(UUID releaseId) {
        return entities.getSession().chain(session -> session
                        .createNativeQuery("SELECT consent_id FROM release WHERE id = ?1", UUID.class)
                        .setParameter(1, releaseId)
                        .getResultList())
                .map(rows -> rows.stream().filter(java.util.Objects::nonNull).findFirst());
    }

    public Uni<Release> add(Release release) {
        ReleaseEntity e = new ReleaseEntity();
        e.id = release.id();
        e.shareRequestId = release.shareRequestId();
        e.parentReleaseId = release.parentReleaseId().orElse(null);
        e.partnerId = release.partnerId();
        e.subjectId = release.subjectId().orElse(null);
        e.subjectRef = release.subjectRef().orElse(null);
        e.consentId = release.consentId().orElse(null);
        e.purposes = release.purposes();
        e.dataCategories = release.dataCategories();
        e.withheldCategories = release.withheldCategories();
        e.identifiable = release.identifiable();
        SealedColumns.Sealed content = sealed.seal(json.write(new JsonColumns.Content(release.records(),
                release.cells(), release.sources())), SealedColumns.RELEASE_CONTENT, e.id);
        e.contentSealed = content.value();
        e.contentKeyId = content.keyId();
        e.terms = release.terms();
        e.sensitivity = release.sensitivity().name();
        e.channel = release.channel().name();
        e.status = release.status().name();
        e.releasedAt = release.releasedAt();
        return entities.persist(e).replaceWith(release);
    }

    public Uni<Boolean> existsForShare(UUID shareRequestId) {
        return entities.count("shareRequestId = ?1 and parentReleaseId is null", shareRequestId).map(n -> n > 0);
    }

    public Uni<Optional<Release>> find(UUID id) {
        return entities.findById(id).map(e -> Optional.ofNullable(e).map(this::toDomain));
    }

    /** A partner's own release; another partner's is as absent as one that does not exist. */
    public Uni<Optional<Release>> findOwn(UUID id, String partnerId) {
        return entities.find("id = ?1 and partnerId = ?2", id, partnerId).firstResult()
                .map(e -> Optional.ofNullable(e).map(this::toDomain));
    }

    /** A live release as a withdrawal's scope sees it: which, to whom, for what. */
    public record LiveRelease(UUID id, String partnerId, List<String> purposes) {
    }

    /**
     * Live releases under a consent, children included: the candidates a withdrawal may reach. Only
     * the three columns the scope reads, unmanaged, so a thousand recipients cost one light query.
     */
    public Uni<List<LiveRelease>> liveUnderConsent(UUID consentId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select r.id, r.partnerId, r.purposes from ReleaseEntity r "
                                + "where r.consentId = :consent and r.status = :live", Object[].class)
                .setParameter("consent", consentId).setParameter("live", ReleaseStatus.RELEASED.name())
                .getResultList())
                .map(rows -> rows.stream().map(row -> new LiveRelease((UUID) row[0], (String) row[1],
                        castList(row[2]))).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return value instanceof String[] array ? List.of(array) : List.copyOf((List<String>) value);
    }

    /** Counts a fetch of a live release; false when it is no longer live. */
    public Uni<Boolean> recordFetch(UUID id, Instant at) {
        return entities.update("fetchCount = fetchCount + 1, lastFetchedAt = :at where id = :id and status = :live",
                Parameters.with("at", at).and("id", id).and("live", ReleaseStatus.RELEASED.name())).map(n -> n > 0);
    }

    public Uni<List<Release>> list(Optional<String> partnerId, Optional<ReleaseStatus> status, int page, int size) {
        return query(partnerId, status, Optional.of(Sort.descending("releasedAt").and("id")))
                .page(Page.of(page, size)).list()
                .map(found -> found.stream().map(this::toDomain).toList());
    }

    public Uni<Long> count(Optional<String> partnerId, Optional<ReleaseStatus> status) {
        return query(partnerId, status, Optional.empty()).count();
    }

    private PanacheQuery<ReleaseEntity> query(Optional<String> partnerId, Optional<ReleaseStatus> status,
                                              Optional<Sort> order) {
        return new Filters().equal("partnerId", "partner", partnerId)
                .equal("status", "status", status.map(Enum::name)).find(entities, order);
    }

    private Release toDomain(ReleaseEntity e) {
        JsonColumns.Content content = json.content(sealed.open(e.contentSealed, e.contentJson,
                SealedColumns.RELEASE_CONTENT, e.id));
        return new Release(e.id, e.shareRequestId, Optional.ofNullable(e.parentReleaseId), e.partnerId,
                Optional.ofNullable(e.subjectId), Optional.ofNullable(e.consentId), e.purposes, e.dataCategories,
                e.withheldCategories, e.identifiable, Optional.ofNullable(e.subjectRef), content.records(),
                content.cells(), e.terms, Sensitivity.valueOf(e.sensitivity), ReleaseChannel.valueOf(e.channel),
                ReleaseStatus.valueOf(e.status), e.releasedAt, Optional.ofNullable(e.withdrawnAt),
                content.sourcesOrNone());
    }

    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<ReleaseEntity, UUID> {
    }
}
