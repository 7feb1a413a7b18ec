package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.vocabulary.PayloadDestructionCause;
import org.infoshare.events.vocabulary.ReleaseChannel;
import org.infoshare.events.vocabulary.Sensitivity;
import org.infoshare.sharing.domain.Release;
import org.infoshare.sharing.domain.ReleaseLifecycle;
import org.infoshare.sharing.domain.ReleaseStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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
        e.protocolId = release.protocolId().orElse(null);
        return entities.persist(e).replaceWith(release);
    }

    public Uni<Boolean> existsForShare(UUID shareRequestId) {
        return entities.count("shareRequestId = ?1 and parentReleaseId is null", shareRequestId).map(n -> n > 0);
    }

    public Uni<Optional<Release>> find(UUID id) {
        return entities.findById(id).map(e -> Optional.ofNullable(e).map(this::toDomain));
    }

    /** Read again from the database past the session's copy: after a guarded update found the row changed. */
    public Uni<Optional<Release>> reread(UUID id) {
        return entities.findById(id).chain(e -> e == null
                ? Uni.createFrom().item(Optional.<Release>empty())
                : entities.getSession().chain(session -> session.refresh(e)).map(done -> Optional.of(toDomain(e))));
    }

    /** The release each of these was passed on from (P10.1), for those that are onward children; light, unmanaged. */
    public Uni<Map<UUID, UUID>> parentsOf(List<UUID> releaseIds) {
        if (releaseIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return entities.getSession().chain(session -> session.createNativeQuery(
                        "SELECT CAST(id AS TEXT), CAST(parent_release_id AS TEXT) FROM release"
                                + " WHERE id IN (?1) AND parent_release_id IS NOT NULL", Object[].class)
                .setParameter(1, releaseIds).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(
                        row -> UUID.fromString((String) row[0]), row -> UUID.fromString((String) row[1]))));
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

    /** Counts a fetch of a live release with its payload; false when it is withdrawn or destroyed since. */
    public Uni<Boolean> recordFetch(UUID id, Instant at) {
        return entities.update("fetchCount = fetchCount + 1, lastFetchedAt = :at "
                        + "where id = :id and status = :live and payloadDestroyedAt is null",
                Parameters.with("at", at).and("id", id).and("live", ReleaseStatus.RELEASED.name())).map(n -> n > 0);
    }

    /**
     * Records the first delivery of a live release with its payload (P11.1); false when it was
     * delivered before, or is withdrawn or destroyed since. The row lock makes a concurrent first
     * delivery find it delivered, so only one is ever recorded.
     */
    public Uni<Boolean> recordDelivery(UUID id, String by, Instant at) {
        return entities.update("deliveredAt = :at, deliveredBy = :by "
                        + "where id = :id and deliveredAt is null and status = :live and payloadDestroyedAt is null",
                Parameters.with("at", at).and("by", by).and("id", id).and("live", ReleaseStatus.RELEASED.name()))
                .map(n -> n > 0);
    }

    /** A release whose payload was just destroyed: what release-destroyed needs. */
    public record Destroyed(UUID releaseId, String partnerId, String subjectId) {
    }

    /**
     * Destroys the payloads of releases made at or before {@code releasedBy}, at most {@code limit},
     * oldest first. Rows another instance is destroying are skipped (SKIP LOCKED), and a row
     * destroyed meanwhile no longer matches: two instances never destroy, nor announce, one twice.
     */
    public Uni<List<Destroyed>> destroyDue(Instant releasedBy, Instant now, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(DESTROY_DUE, Object[].class)
                        .setParameter(1, releasedBy).setParameter(2, now)
                        .setParameter(3, PayloadDestructionCause.RETENTION_ELAPSED.name()).setParameter(4, limit)
                        .getResultList())
                .map(ReleaseRepository::destroyed);
    }

    /** Destroys the payloads of these (just withdrawn) releases still holding one (P6.8, P11.1). */
    public Uni<List<Destroyed>> destroyWithdrawn(List<UUID> releaseIds, Instant now) {
        if (releaseIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(DESTROY_WITHDRAWN, Object[].class)
                        .setParameter(1, releaseIds).setParameter(2, now)
                        .setParameter(3, PayloadDestructionCause.CONSENT_WITHDRAWN.name())
                        .getResultList())
                .map(ReleaseRepository::destroyed);
    }

    private static final String DESTROY_DUE = """
            WITH due AS (
                SELECT id FROM release WHERE payload_destroyed_at IS NULL AND released_at <= ?1
                ORDER BY released_at LIMIT ?4 FOR UPDATE SKIP LOCKED
            )
            UPDATE release r SET content_json = NULL, content_sealed = NULL, content_key_id = NULL, payload_destroyed_at = ?2, payload_destruction_cause = ?3
            FROM due WHERE r.id = due.id AND r.payload_destroyed_at IS NULL
            RETURNING CAST(r.id AS TEXT), r.partner_id, r.subject_id""";

    private static final String DESTROY_WITHDRAWN = """
            UPDATE release SET content_json = NULL, content_sealed = NULL, content_key_id = NULL, payload_destroyed_at = ?2, payload_destruction_cause = ?3
            WHERE id IN (?1) AND payload_destroyed_at IS NULL
            RETURNING CAST(id AS TEXT), partner_id, subject_id""";

    private static List<Destroyed> destroyed(List<Object[]> rows) {
        return rows.stream().map(row -> new Destroyed(UUID.fromString((String) row[0]), (String) row[1],
                (String) row[2])).toList();
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
        // a destroyed payload reads as empty; the release's record is all that is left (P11.1)
        JsonColumns.Content content = e.contentSealed == null && e.contentJson == null
                ? new JsonColumns.Content(List.of(), List.of(), List.of())
                : json.content(sealed.open(e.contentSealed, e.contentJson, SealedColumns.RELEASE_CONTENT, e.id));
        return new Release(e.id, e.shareRequestId, Optional.ofNullable(e.parentReleaseId), e.partnerId,
                Optional.ofNullable(e.subjectId), Optional.ofNullable(e.consentId), e.purposes, e.dataCategories,
                e.withheldCategories, e.identifiable, Optional.ofNullable(e.subjectRef), content.records(),
                content.cells(), e.terms, Sensitivity.valueOf(e.sensitivity), ReleaseChannel.valueOf(e.channel),
                ReleaseStatus.valueOf(e.status), e.releasedAt, Optional.ofNullable(e.withdrawnAt),
                content.sourcesOrNone(), Optional.ofNullable(e.protocolId), new ReleaseLifecycle(
                        Optional.ofNullable(e.deliveredAt), Optional.ofNullable(e.deliveredBy),
                        Optional.ofNullable(e.payloadDestroyedAt),
                        Optional.ofNullable(e.payloadDestructionCause).map(PayloadDestructionCause::valueOf)));
    }

    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<ReleaseEntity, UUID> {
    }
}
