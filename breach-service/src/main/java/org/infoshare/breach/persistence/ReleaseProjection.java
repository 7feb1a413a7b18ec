package org.infoshare.breach.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.domain.PartnerWindow;
import org.infoshare.breach.domain.TracedRelease;
import org.infoshare.events.sharing.ShareReleased;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * breach-service's copy of what sharing-service released (from share-released), and the tracing
 * of a breach through it: the releases the breach names or the releases to its partner in its
 * window, then every onward release below them (P10.1, P14.1), in one recursive query.
 */
@ApplicationScoped
public class ReleaseProjection {

    /** Separates data categories in one text column of the trace result; it never occurs in a category. */
    private static final String UNIT_SEPARATOR = "\u001f";

    /**
     * The releases a breach reaches, each once, at the shallowest depth it is reached (0 = named or in
     * the window). The depth bound guards against a cycle in bad data; real onward chains are short.
     */
    static final String TRACED = """
            WITH RECURSIVE traced (release_id, subject_id, partner_id, data_categories, depth) AS (
                SELECT r.release_id, r.subject_id, r.partner_id, r.data_categories, 0
                  FROM breach b
                  JOIN release_record r
                    ON r.release_id = ANY (b.release_ids)
                    OR (r.partner_id = b.scope_partner AND r.released_at BETWEEN b.window_from AND b.window_to)
                 WHERE b.id = ?1
                UNION ALL
                SELECT c.release_id, c.subject_id, c.partner_id, c.data_categories, t.depth + 1
                  FROM release_record c
                  JOIN traced t ON c.parent_release_id = t.release_id
                 WHERE t.depth < 32
            )
            """;

    private static final String TRACE = TRACED + """
            SELECT release_id, min(subject_id), min(partner_id), min(depth),
                   min(array_to_string(data_categories, chr(31)))
              FROM traced GROUP BY release_id ORDER BY release_id""";

    private static final String IN_WINDOW = """
            SELECT release_id FROM release_record
             WHERE partner_id = ?1 AND released_at BETWEEN ?2 AND ?3 ORDER BY released_at, release_id""";

    private final Entities entities;

    ReleaseProjection(Entities entities) {
        this.entities = entities;
    }

    /** Records a release once; a second event for the same release changes nothing. */
    public Uni<Void> record(ShareReleased released) {
        return entities.findById(released.releaseId()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            ReleaseRecordEntity entity = new ReleaseRecordEntity();
            entity.releaseId = released.releaseId();
            entity.subjectId = released.subjectId();
            entity.partnerId = released.partnerId();
            entity.parentReleaseId = released.parentReleaseId();
            entity.dataCategories = released.dataCategories();
            entity.releasedAt = released.releasedAt();
            return entities.persist(entity).replaceWithVoid();
        });
    }

    /** The releases the breach (already stored) reaches, onward ones included. */
    public Uni<List<TracedRelease>> trace(UUID breachId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(TRACE, Object[].class)
                        .setParameter(1, breachId)
                        .getResultList())
                .map(rows -> rows.stream().map(ReleaseProjection::traced).toList());
    }

    /** The releases to a partner inside a window (without their onward children). */
    public Uni<List<UUID>> releasesIn(PartnerWindow window) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(IN_WINDOW, UUID.class)
                        .setParameter(1, window.partnerId())
                        .setParameter(2, window.from())
                        .setParameter(3, window.to())
                        .getResultList());
    }

    private static TracedRelease traced(Object[] row) {
        String categories = (String) row[4];
        List<String> dataCategories = categories == null || categories.isEmpty()
                ? List.of() : Arrays.asList(categories.split(UNIT_SEPARATOR));
        return new TracedRelease((UUID) row[0], Optional.ofNullable((String) row[1]), (String) row[2],
                ((Number) row[3]).intValue(), dataCategories);
    }

    /** The recipient partner of each of these releases this service has recorded (unknown ones are absent). */
    public Uni<Map<UUID, String>> recipientsOf(List<UUID> releaseIds) {
        if (releaseIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT release_id, partner_id FROM release_record WHERE release_id IN (:ids)", Object[].class)
                        .setParameter("ids", releaseIds)
                        .getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1])));
    }

    /** Panache's repository for the entity, kept private to this package. */
    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<ReleaseRecordEntity, UUID> {
    }
}
