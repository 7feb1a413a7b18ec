package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.sharing.domain.HeldCells;
import org.infoshare.sharing.domain.Release;
import org.infoshare.sharing.domain.SmallCellSuppression;

import java.util.List;
import java.util.UUID;

/** P7.4: the aggregate counts each recipient was shown (non-personal), to check later releases against. */
@ApplicationScoped
public class ReleasedCellRepository {

    /** This advisory lock's namespace (P7.4), so it cannot meet another use of advisory locks. */
    private static final int LOCK_NAMESPACE = 74;

    private static final String LOCK = "SELECT 1 FROM pg_advisory_xact_lock(?1, hashtext(?2))";
    private static final String HELD = """
            SELECT CAST(release_id AS TEXT), category, dimensions, count FROM released_cell
            WHERE partner_id = ?1 AND category IN (?2)""";
    private static final String HOLD = """
            INSERT INTO released_cell (release_id, partner_id, category, dimensions, count)
            VALUES (?1, ?2, ?3, ?4, ?5)""";

    private final JsonColumns json;

    ReleasedCellRepository(JsonColumns json) {
        this.json = json;
    }

    /**
     * Serialises aggregate releases to one recipient until the caller's transaction ends: two made
     * at once would each be checked against the same history and not against each other.
     */
    public Uni<Void> lockRecipient(String partnerId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(LOCK, Integer.class)
                .setParameter(1, LOCK_NAMESPACE).setParameter(2, partnerId).getSingleResult()).replaceWithVoid();
    }

    /** The counts this recipient was shown in these categories, release by release. */
    public Uni<HeldCells> held(String partnerId, List<String> categories) {
        if (categories.isEmpty()) {
            return Uni.createFrom().item(HeldCells.none());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(HELD, Object[].class)
                        .setParameter(1, partnerId).setParameter(2, categories).getResultList())
                .map(rows -> HeldCells.of(rows.stream().map(row -> new HeldCells.Shown(UUID.fromString((String) row[0]),
                        new HeldCells.CellKey((String) row[1], json.dimensions((String) row[2])),
                        ((Number) row[3]).longValue())).toList()));
    }

    /** Keeps the counts a release showed (its suppressed cells showed nothing). Joins the caller's transaction. */
    public Uni<Void> hold(Release release) {
        Uni<Void> held = Uni.createFrom().voidItem();
        for (SmallCellSuppression.ReleasedCell cell : release.cells()) {
            if (!cell.suppressed()) {
                held = held.chain(() -> Panache.getSession().chain(session -> session.createNativeQuery(HOLD)
                        .setParameter(1, release.id()).setParameter(2, release.partnerId())
                        .setParameter(3, cell.category()).setParameter(4, json.dimensions(cell.dimensions()))
                        .setParameter(5, cell.count()).executeUpdate())).replaceWithVoid();
            }
        }
        return held;
    }
}
