package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.sharing.domain.ErasedRecord;
import org.infoshare.sharing.domain.RecordKind;
import org.infoshare.web.RetentionCounts;

import java.time.Instant;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Set-based retention over sharing-service's tables (P13.1): one statement per kind and batch
 * removes (or anonymises) the oldest due records and returns what it removed, so that each
 * removal is announced in the same transaction. Rows another transaction holds are skipped
 * (SKIP LOCKED) and re-checked, so a record is never removed, nor announced, twice.
 * Parameters: ?1 the cutoff, ?2 the batch size, ?3 now, ?4 the empty payload.
 */
@ApplicationScoped
public class RetentionRepository {

    /** The empty payload an anonymised or spent share request keeps (the column must hold one). */
    static final String EMPTY_PAYLOAD = "{\"records\":[],\"cells\":[]}";

    private static final String PENDING = "('HELD_STALE_CONSENT', 'AWAITING_DPO')";

    /**
     * {@code scope}: the rows still holding what retention removes (the review's "held");
     * {@code eligible}: which of those may go once old enough; {@code reference}: when a row stopped changing.
     */
    private record KindSql(String from, String reference, String scope, String eligible, ErasedRecord.Action action,
                           String erase) {
    }

    private static final String SHARE_PAYLOAD_SPENT = "s.payload_destroyed_at IS NULL AND s.outcome NOT IN " + PENDING
            + " AND (s.outcome = 'REFUSED' OR EXISTS (SELECT 1 FROM release r WHERE r.share_request_id = s.id))"
            + " AND NOT EXISTS (SELECT 1 FROM release r WHERE r.share_request_id = s.id AND r.payload_destroyed_at IS NULL)";

    private static final Map<RecordKind, KindSql> SQL = new EnumMap<>(Map.of(
            RecordKind.ONWARD_REQUEST, new KindSql("onward_request o", "o.requested_at", "TRUE", "TRUE",
                    ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT o.id FROM onward_request o WHERE o.requested_at < ?1
                                 ORDER BY o.requested_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    DELETE FROM onward_request o USING due, release r WHERE o.id = due.id AND r.id = o.release_id
                    RETURNING CAST(o.id AS TEXT), r.subject_id"""),
            RecordKind.RECIPIENT_NOTIFICATION, new KindSql("recipient_notification n", "n.notified_at", "TRUE", "TRUE",
                    ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT n.id FROM recipient_notification n WHERE n.notified_at < ?1
                                 ORDER BY n.notified_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    DELETE FROM recipient_notification n USING due WHERE n.id = due.id
                    RETURNING CAST(n.id AS TEXT), n.subject_id"""),
            RecordKind.SAFEGUARDING_REFERRAL, new KindSql("safeguarding_referral g", "g.referred_at", "TRUE", "TRUE",
                    ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT g.id FROM safeguarding_referral g WHERE g.referred_at < ?1
                                 ORDER BY g.referred_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    DELETE FROM safeguarding_referral g USING due WHERE g.id = due.id
                    RETURNING CAST(g.id AS TEXT), g.subject_id"""),
            RecordKind.LEGAL_DISCLOSURE, new KindSql("legal_disclosure d", "d.decided_at", "TRUE",
                    "d.status = 'COMPLETED'", ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT d.id FROM legal_disclosure d WHERE d.status = 'COMPLETED' AND d.decided_at < ?1
                                 ORDER BY d.decided_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    DELETE FROM legal_disclosure d USING due WHERE d.id = due.id
                    RETURNING CAST(d.id AS TEXT), d.subject_id"""),
            // destroyed by PayloadRetentionService (its own job); here for the review
            RecordKind.RELEASE_PAYLOAD, new KindSql("release r", "r.released_at", "r.payload_destroyed_at IS NULL", "TRUE",
                    ErasedRecord.Action.DELETED, null),
            RecordKind.SHARE_REQUEST_PAYLOAD, new KindSql("share_request s", "s.decided_at",
                    "s.payload_destroyed_at IS NULL", SHARE_PAYLOAD_SPENT, ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT s.id FROM share_request s WHERE %s AND s.decided_at < ?1
                                 ORDER BY s.decided_at LIMIT ?2 FOR UPDATE OF s SKIP LOCKED)
                    UPDATE share_request s SET payload_json = ?4, payload_sealed = NULL, payload_key_id = NULL,
                           payload_destroyed_at = ?3
                    FROM due WHERE s.id = due.id
                    RETURNING CAST(s.id AS TEXT), s.subject_id""".formatted(SHARE_PAYLOAD_SPENT)),
            RecordKind.RELEASE, new KindSql("release r", "r.released_at", "r.anonymised_at IS NULL", "TRUE",
                    ErasedRecord.Action.ANONYMISED, """
                    WITH due AS (SELECT r.id, r.subject_id FROM release r WHERE r.anonymised_at IS NULL AND r.released_at < ?1
                                 ORDER BY r.released_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    UPDATE release r SET subject_id = NULL, subject_ref = NULL, consent_id = NULL,
                           content_json = NULL, content_sealed = NULL, content_key_id = NULL,
                           payload_destroyed_at = COALESCE(r.payload_destroyed_at, ?3),
                           payload_destruction_cause = COALESCE(r.payload_destruction_cause, 'RETENTION_ELAPSED'),
                           anonymised_at = ?3
                    FROM due WHERE r.id = due.id
                    RETURNING CAST(r.id AS TEXT), due.subject_id"""),
            RecordKind.SHARE_REQUEST, new KindSql("share_request s", "s.decided_at", "s.anonymised_at IS NULL",
                    "s.outcome NOT IN " + PENDING, ErasedRecord.Action.ANONYMISED, """
                    WITH due AS (SELECT s.id, s.subject_id FROM share_request s
                                 WHERE s.anonymised_at IS NULL AND s.outcome NOT IN %s AND s.decided_at < ?1
                                 ORDER BY s.decided_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    UPDATE share_request s SET subject_id = NULL, consent_id = NULL, identifiable_reason = NULL,
                           proportionality = NULL, dpo_justification = NULL,
                           payload_json = ?4, payload_sealed = NULL, payload_key_id = NULL,
                           payload_destroyed_at = COALESCE(s.payload_destroyed_at, ?3), anonymised_at = ?3
                    FROM due WHERE s.id = due.id
                    RETURNING CAST(s.id AS TEXT), due.subject_id""".formatted(PENDING)),
            RecordKind.CONSENT_PROJECTION, new KindSql("consent_projection c", "c.updated_at", "TRUE",
                    "(c.whole_withdrawn OR c.expired)", ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT c.consent_id FROM consent_projection c
                                 WHERE (c.whole_withdrawn OR c.expired) AND c.updated_at < ?1
                                 ORDER BY c.updated_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    DELETE FROM consent_projection c USING due WHERE c.consent_id = due.consent_id
                    RETURNING CAST(c.consent_id AS TEXT), c.subject_id""")));

    /** Deleted outright, or anonymised with the fact kept. */
    public static ErasedRecord.Action action(RecordKind kind) {
        return SQL.get(kind).action();
    }

    /**
     * Removes at most {@code limit} records of the kind that stopped changing before {@code cutoff},
     * oldest first. Must run inside the caller's transaction, with the announcement of what it removed.
     */
    public Uni<List<ErasedRecord>> eraseDue(RecordKind kind, Instant cutoff, int limit, Instant now) {
        KindSql sql = SQL.get(kind);
        if (sql.erase() == null) {
            throw new IllegalArgumentException(kind + " is removed by its own job");
        }
        return Panache.getSession().chain(session -> {
                    var query = session.createNativeQuery(sql.erase(), Object[].class)
                            .setParameter(1, cutoff).setParameter(2, limit);
                    if (sql.erase().contains("?3")) {
                        query.setParameter(3, now);
                    }
                    if (sql.erase().contains("?4")) {
                        query.setParameter(4, EMPTY_PAYLOAD);
                    }
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
