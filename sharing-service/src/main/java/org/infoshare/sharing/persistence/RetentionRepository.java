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
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /** A later attestation of the same protocol by the same partner replaced it. */
    private static final String ATTESTATION_SUPERSEDED = "EXISTS (SELECT 1 FROM protocol_attestation l"
            + " WHERE l.protocol_id = a.protocol_id AND l.partner_id = a.partner_id AND l.attested_at > a.attested_at)";

    /** A later version of the guidance for the same kind of provider was published. */
    private static final String NOTE_SUPERSEDED = "EXISTS (SELECT 1 FROM guidance_note l"
            + " WHERE l.small_provider_kind = n.small_provider_kind AND l.version > n.version)";

    private static final String NOTE_UNACKNOWLEDGED =
            "NOT EXISTS (SELECT 1 FROM guidance_acknowledgement g WHERE g.guidance_note_id = n.id)";

    /** Nothing held refers to the partner: an organisation that never shared, or whose records are all gone. */
    private static final String PARTNER_UNREFERENCED = Stream.of(
                    "protocol.partner_id", "release.partner_id", "share_request.partner_id",
                    "onward_request.recipient_partner_id", "onward_request.requesting_partner_id",
                    "recipient_notification.partner_id", "safeguarding_referral.partner_id", "released_cell.partner_id",
                    "guidance_acknowledgement.partner_id", "protocol_attestation.partner_id",
                    "protocol_conflict.partner_id", "provider_link.partner_id")
            .map(column -> "NOT EXISTS (SELECT 1 FROM %s WHERE %s = t.id)".formatted(column.split("\\.")[0], column))
            .collect(Collectors.joining(" AND ",
                    "", " AND NOT EXISTS (SELECT 1 FROM consent_projection c WHERE t.id = ANY (c.recipient_partner_ids))"));

    /** A later acknowledgement by the same staff member (of a later policy version) replaced it. */
    private static final String STAFF_ACKNOWLEDGEMENT_SUPERSEDED = "EXISTS (SELECT 1 FROM staff_acknowledgement l"
            + " WHERE l.staff_id = a.staff_id AND l.acknowledged_at > a.acknowledged_at)";

    private static final Map<RecordKind, KindSql> SQL = new EnumMap<>(Map.ofEntries(
            Map.entry(RecordKind.ONWARD_REQUEST, new KindSql("onward_request o", "o.requested_at", "TRUE", "TRUE",
                    ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT o.id FROM onward_request o WHERE o.requested_at < ?1
                                 ORDER BY o.requested_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    DELETE FROM onward_request o USING due, release r WHERE o.id = due.id AND r.id = o.release_id
                    RETURNING CAST(o.id AS TEXT), r.subject_id""")),
            Map.entry(RecordKind.RECIPIENT_NOTIFICATION, new KindSql("recipient_notification n", "n.notified_at", "TRUE", "TRUE",
                    ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT n.id FROM recipient_notification n WHERE n.notified_at < ?1
                                 ORDER BY n.notified_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    DELETE FROM recipient_notification n USING due WHERE n.id = due.id
                    RETURNING CAST(n.id AS TEXT), n.subject_id""")),
            Map.entry(RecordKind.SAFEGUARDING_REFERRAL, new KindSql("safeguarding_referral g", "g.referred_at", "TRUE", "TRUE",
                    ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT g.id FROM safeguarding_referral g WHERE g.referred_at < ?1
                                 ORDER BY g.referred_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    DELETE FROM safeguarding_referral g USING due WHERE g.id = due.id
                    RETURNING CAST(g.id AS TEXT), g.subject_id""")),
            Map.entry(RecordKind.LEGAL_DISCLOSURE, new KindSql("legal_disclosure d", "d.decided_at", "TRUE",
                    "d.status = 'COMPLETED'", ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT d.id FROM legal_disclosure d WHERE d.status = 'COMPLETED' AND d.decided_at < ?1
                                 ORDER BY d.decided_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    DELETE FROM legal_disclosure d USING due WHERE d.id = due.id
                    RETURNING CAST(d.id AS TEXT), d.subject_id""")),
            // destroyed by PayloadRetentionService (its own job); here for the review
            Map.entry(RecordKind.RELEASE_PAYLOAD, new KindSql("release r", "r.released_at", "r.payload_destroyed_at IS NULL", "TRUE",
                    ErasedRecord.Action.DELETED, null)),
            Map.entry(RecordKind.SHARE_REQUEST_PAYLOAD, new KindSql("share_request s", "s.decided_at",
                    "s.payload_destroyed_at IS NULL", SHARE_PAYLOAD_SPENT, ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT s.id FROM share_request s WHERE %s AND s.decided_at < ?1
                                 ORDER BY s.decided_at LIMIT ?2 FOR UPDATE OF s SKIP LOCKED)
                    UPDATE share_request s SET payload_json = ?4, payload_sealed = NULL, payload_key_id = NULL,
                           payload_destroyed_at = ?3
                    FROM due WHERE s.id = due.id
                    RETURNING CAST(s.id AS TEXT), s.subject_id""".formatted(SHARE_PAYLOAD_SPENT))),
            Map.entry(RecordKind.RELEASE, new KindSql("release r", "r.released_at", "r.anonymised_at IS NULL", "TRUE",
                    ErasedRecord.Action.ANONYMISED, """
                    WITH due AS (SELECT r.id, r.subject_id FROM release r WHERE r.anonymised_at IS NULL AND r.released_at < ?1
                                 ORDER BY r.released_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    UPDATE release r SET subject_id = NULL, subject_ref = NULL, consent_id = NULL,
                           content_json = NULL, content_sealed = NULL, content_key_id = NULL,
                           payload_destroyed_at = COALESCE(r.payload_destroyed_at, ?3),
                           payload_destruction_cause = COALESCE(r.payload_destruction_cause, 'RETENTION_ELAPSED'),
                           anonymised_at = ?3
                    FROM due WHERE r.id = due.id
                    RETURNING CAST(r.id AS TEXT), due.subject_id""")),
            Map.entry(RecordKind.SHARE_REQUEST, new KindSql("share_request s", "s.decided_at", "s.anonymised_at IS NULL",
                    "s.outcome NOT IN " + PENDING, ErasedRecord.Action.ANONYMISED, """
                    WITH due AS (SELECT s.id, s.subject_id FROM share_request s
                                 WHERE s.anonymised_at IS NULL AND s.outcome NOT IN %s AND s.decided_at < ?1
                                 ORDER BY s.decided_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    UPDATE share_request s SET subject_id = NULL, consent_id = NULL, identifiable_reason = NULL,
                           proportionality = NULL, dpo_justification = NULL,
                           payload_json = ?4, payload_sealed = NULL, payload_key_id = NULL,
                           payload_destroyed_at = COALESCE(s.payload_destroyed_at, ?3), anonymised_at = ?3
                    FROM due WHERE s.id = due.id
                    RETURNING CAST(s.id AS TEXT), due.subject_id""".formatted(PENDING))),
            Map.entry(RecordKind.CONSENT_PROJECTION, new KindSql("consent_projection c", "c.updated_at", "TRUE",
                    "(c.whole_withdrawn OR c.expired)", ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT c.consent_id FROM consent_projection c
                                 WHERE (c.whole_withdrawn OR c.expired) AND c.updated_at < ?1
                                 ORDER BY c.updated_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    DELETE FROM consent_projection c USING due WHERE c.consent_id = due.consent_id
                    RETURNING CAST(c.consent_id AS TEXT), c.subject_id""")),
            Map.entry(RecordKind.PROTOCOL_ATTESTATION, new KindSql("protocol_attestation a", "a.attested_at", "TRUE",
                    ATTESTATION_SUPERSEDED, ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT a.id FROM protocol_attestation a WHERE %s AND a.attested_at < ?1
                                 ORDER BY a.attested_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    DELETE FROM protocol_attestation a USING due WHERE a.id = due.id
                    RETURNING CAST(a.id AS TEXT), CAST(NULL AS TEXT)""".formatted(ATTESTATION_SUPERSEDED))),
            Map.entry(RecordKind.PROTOCOL_CONFLICT, new KindSql("protocol_conflict k",
                    "COALESCE(k.resolved_at, k.declared_at)", "TRUE", "k.resolved_at IS NOT NULL",
                    ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT k.id FROM protocol_conflict k WHERE k.resolved_at < ?1
                                 ORDER BY k.resolved_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    DELETE FROM protocol_conflict k USING due WHERE k.id = due.id
                    RETURNING CAST(k.id AS TEXT), CAST(NULL AS TEXT)""")),
            Map.entry(RecordKind.GUIDANCE_ACKNOWLEDGEMENT, new KindSql("guidance_acknowledgement g JOIN guidance_note n"
                    + " ON n.id = g.guidance_note_id", "g.acknowledged_at", "TRUE", NOTE_SUPERSEDED,
                    ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT g.id FROM guidance_acknowledgement g JOIN guidance_note n ON n.id = g.guidance_note_id
                                 WHERE %s AND g.acknowledged_at < ?1
                                 ORDER BY g.acknowledged_at LIMIT ?2 FOR UPDATE OF g SKIP LOCKED)
                    DELETE FROM guidance_acknowledgement g USING due WHERE g.id = due.id
                    RETURNING CAST(g.id AS TEXT), CAST(NULL AS TEXT)""".formatted(NOTE_SUPERSEDED))),
            Map.entry(RecordKind.GUIDANCE_NOTE, new KindSql("guidance_note n", "n.published_at", "TRUE",
                    NOTE_SUPERSEDED + " AND " + NOTE_UNACKNOWLEDGED, ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT n.id FROM guidance_note n WHERE %s AND %s AND n.published_at < ?1
                                 ORDER BY n.published_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    DELETE FROM guidance_note n USING due WHERE n.id = due.id
                    RETURNING CAST(n.id AS TEXT), CAST(NULL AS TEXT)""".formatted(NOTE_SUPERSEDED, NOTE_UNACKNOWLEDGED))),
            Map.entry(RecordKind.PROTOCOL, new KindSql("protocol p", "p.updated_at", "p.anonymised_at IS NULL",
                    "p.status = 'EXPIRED'", ErasedRecord.Action.ANONYMISED, """
                    WITH due AS (SELECT p.id FROM protocol p
                                 WHERE p.anonymised_at IS NULL AND p.status = 'EXPIRED' AND p.updated_at < ?1
                                 ORDER BY p.updated_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    UPDATE protocol p SET named_recipient_encrypted = NULL, anonymised_at = ?3
                    FROM due WHERE p.id = due.id
                    RETURNING CAST(p.id AS TEXT), CAST(NULL AS TEXT)""")),
            Map.entry(RecordKind.PROVIDER_LINK, new KindSql("provider_link l", "l.issued_at", "TRUE", "TRUE",
                    ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT l.id FROM provider_link l WHERE l.issued_at < ?1
                                 ORDER BY l.issued_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    DELETE FROM provider_link l USING due WHERE l.id = due.id
                    RETURNING CAST(l.id AS TEXT), CAST(NULL AS TEXT)""")),
            Map.entry(RecordKind.PARTNER, new KindSql("partner t", "t.updated_at", "TRUE", PARTNER_UNREFERENCED,
                    ErasedRecord.Action.DELETED, """
                    WITH due AS (SELECT t.id FROM partner t WHERE %s AND t.updated_at < ?1
                                 ORDER BY t.updated_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    DELETE FROM partner t USING due WHERE t.id = due.id
                    RETURNING t.id, CAST(NULL AS TEXT)""".formatted(PARTNER_UNREFERENCED))),
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
