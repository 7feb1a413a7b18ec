package org.infoshare.breach.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.domain.ErasedRecord;
import org.infoshare.breach.domain.RecordKind;
import org.infoshare.web.RetentionCounts;

import java.time.Instant;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Set-based retention over breach-service's tables (P13.1): one statement per kind and batch
 * removes (or anonymises) the oldest due records and returns what it removed, so that each
 * removal is announced in the same transaction. Rows another transaction holds are skipped
 * (SKIP LOCKED) and re-checked, so a record is never removed, nor announced, twice.
 * Parameters: ?1 the cutoff, ?2 the batch size.
 */
@ApplicationScoped
public class RetentionRepository {

    /** An open breach's records are live: they count as under a year old and are never due. */
    private static final String CLOSED_AT = "COALESCE(b.closed_at, CAST('infinity' AS TIMESTAMPTZ))";

    /**
     * {@code scope}: the rows still holding what retention removes (the review's "held");
     * {@code eligible}: which of those may go once old enough; {@code reference}: when a row stopped changing.
     */
    private record KindSql(String from, String reference, String scope, String eligible, ErasedRecord.Action action,
                           String erase) {
    }

    /** A later acknowledgement by the same staff member (of a later policy version) replaced it. */
    private static final String STAFF_ACKNOWLEDGEMENT_SUPERSEDED = "EXISTS (SELECT 1 FROM staff_acknowledgement l"
            + " WHERE l.staff_id = a.staff_id AND l.acknowledged_at > a.acknowledged_at)";

    private static final Map<RecordKind, KindSql> SQL = new EnumMap<>(Map.ofEntries(
            Map.entry(RecordKind.BREACH_NOTICE, new KindSql("breach_notice n JOIN breach b ON b.id = n.breach_id", CLOSED_AT,
                    "TRUE", "b.closed_at IS NOT NULL", ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT n.id FROM breach_notice n JOIN breach b ON b.id = n.breach_id
                                 WHERE b.closed_at < ?1
                                 ORDER BY b.closed_at LIMIT ?2 FOR UPDATE OF n SKIP LOCKED)
                    DELETE FROM breach_notice n USING due WHERE n.id = due.id
                    RETURNING CAST(n.id AS TEXT), n.subject_id""")),
            // a breach waits for its notices (kept as long as their own period says), then goes
            // with its assessments, ICO reports, actions and escalations: one record
            Map.entry(RecordKind.BREACH, new KindSql("breach b", CLOSED_AT, "TRUE",
                    "b.closed_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM breach_notice n WHERE n.breach_id = b.id)",
                    ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT b.id FROM breach b
                                 WHERE b.closed_at < ?1 AND NOT EXISTS (SELECT 1 FROM breach_notice n WHERE n.breach_id = b.id)
                                 ORDER BY b.closed_at LIMIT ?2 FOR UPDATE OF b SKIP LOCKED),
                         assessments AS (DELETE FROM breach_assessment x USING due WHERE x.breach_id = due.id),
                         reports AS (DELETE FROM ico_report x USING due WHERE x.breach_id = due.id),
                         actions AS (DELETE FROM breach_action x USING due WHERE x.breach_id = due.id),
                         escalations AS (DELETE FROM breach_escalation x USING due WHERE x.breach_id = due.id)
                    DELETE FROM breach b USING due WHERE b.id = due.id
                    RETURNING CAST(b.id AS TEXT), CAST(NULL AS TEXT)""")),
            Map.entry(RecordKind.RELEASE_RECORD, new KindSql("release_record r", "r.released_at", "r.subject_id IS NOT NULL", "TRUE",
                    ErasedRecord.Action.ANONYMISED, """
                    WITH due AS (SELECT r.release_id, r.subject_id FROM release_record r
                                 WHERE r.subject_id IS NOT NULL AND r.released_at < ?1
                                 ORDER BY r.released_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    UPDATE release_record r SET subject_id = NULL FROM due WHERE r.release_id = due.release_id
                    RETURNING CAST(r.release_id AS TEXT), due.subject_id""")),
            // the acknowledgement gate's copy: only one a later acknowledgement by the same member replaced
            // goes (the latest stays, whatever its age, or the gate would lock them out)
            Map.entry(RecordKind.STAFF_ACKNOWLEDGEMENT, new KindSql("staff_acknowledgement a", "a.acknowledged_at", "TRUE",
                    STAFF_ACKNOWLEDGEMENT_SUPERSEDED, ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT a.staff_id, a.policy_version FROM staff_acknowledgement a
                                 WHERE %s AND a.acknowledged_at < ?1
                                 ORDER BY a.acknowledged_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    DELETE FROM staff_acknowledgement a USING due
                    WHERE a.staff_id = due.staff_id AND a.policy_version = due.policy_version
                    RETURNING a.staff_id || ':' || a.policy_version, CAST(NULL AS TEXT)""".formatted(STAFF_ACKNOWLEDGEMENT_SUPERSEDED)))));

    /** Deleted outright, or anonymised with the fact kept. */
    public static ErasedRecord.Action action(RecordKind kind) {
        return SQL.get(kind).action();
    }

    /**
     * Removes at most {@code limit} records of the kind that stopped changing before {@code cutoff},
     * oldest first. Must run inside the caller's transaction, with the announcement of what it removed.
     */
    public Uni<List<ErasedRecord>> eraseDue(RecordKind kind, Instant cutoff, int limit) {
        KindSql sql = SQL.get(kind);
        return Panache.getSession().chain(session -> {
                    var query = session.createNativeQuery(sql.erase(), Object[].class)
                            .setParameter(1, cutoff).setParameter(2, limit);
                    return query.getResultList();
                })
                .map(rows -> rows.stream()
                        .map(row -> new ErasedRecord(kind, (String) row[0], (String) row[1], sql.action()))
                        .toList());
    }

    /**
     * What the kind holds, by age band; how many are past their period at {@code now} and by
     * {@code until}, and when the oldest of the latter stopped changing.
     */
    public Uni<RetentionCounts.Counts> counts(RecordKind kind, Instant now, Instant until, Period period) {
        KindSql sql = SQL.get(kind);
        return RetentionCounts.count(sql.from() + " WHERE " + sql.scope(), sql.reference(), sql.eligible(),
                now, until, period);
    }
}
