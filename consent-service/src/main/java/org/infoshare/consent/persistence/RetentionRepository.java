package org.infoshare.consent.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.ErasedRecord;
import org.infoshare.consent.domain.RecordKind;
import org.infoshare.web.RetentionCounts;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * Set-based retention over consent-service's tables: one statement per kind removes every
 * expired record and returns what it removed, so each removal can be announced.
 */
@ApplicationScoped
public class RetentionRepository {

    /** The time a record stopped changing, and whether it may go at all once that is old enough. */
    private record KindSql(String from, String reference, String eligible, String erase) {
    }

    /** The staff register keeps each member's latest acknowledgement and latest completion of each course (P15.1). */
    private static final String ACKNOWLEDGEMENT_SUPERSEDED = "EXISTS (SELECT 1 FROM policy_acknowledgement l "
            + "WHERE l.staff_id = a.staff_id AND l.acknowledged_at > a.acknowledged_at)";
    private static final String TRAINING_SUPERSEDED = "EXISTS (SELECT 1 FROM staff_training l "
            + "WHERE l.staff_id = t.staff_id AND l.course = t.course AND l.completed_on > t.completed_on)";

    private static final Map<RecordKind, KindSql> SQL = Map.ofEntries(
            Map.entry(RecordKind.SUBJECT_ACCESS_REQUEST, new KindSql("subject_access_request", "received_at", "TRUE",
                    "DELETE FROM subject_access_request WHERE received_at < ?1 RETURNING CAST(id AS TEXT), subject_id")),
            Map.entry(RecordKind.FOI_REQUEST, new KindSql("foi_request", "received_at", "TRUE",
                    "DELETE FROM foi_request WHERE received_at < ?1 RETURNING CAST(id AS TEXT), CAST(NULL AS TEXT)")),
            Map.entry(RecordKind.CONSENT, new KindSql("consent", "updated_at", "state IN ('WITHDRAWN', 'EXPIRED')",
                    "WITH gone AS (SELECT id FROM consent WHERE state IN ('WITHDRAWN', 'EXPIRED') AND updated_at < ?1), "
                            + "w AS (DELETE FROM consent_withdrawal WHERE consent_id IN (SELECT id FROM gone)), "
                            + "r AS (DELETE FROM consent_reconfirmation WHERE consent_id IN (SELECT id FROM gone)) "
                            + "DELETE FROM consent WHERE id IN (SELECT id FROM gone) RETURNING CAST(id AS TEXT), subject_id")),
            Map.entry(RecordKind.BREACH_NOTICE, new KindSql("breach_notice_dispatch", "dispatched_at", "TRUE",
                    "DELETE FROM breach_notice_dispatch WHERE dispatched_at < ?1 "
                            + "RETURNING CAST(notice_id AS TEXT), subject_id")),
            Map.entry(RecordKind.LEGAL_DISCLOSURE, new KindSql("legal_disclosure_package", "prepared_at", "TRUE",
                    "DELETE FROM legal_disclosure_package WHERE prepared_at < ?1 "
                            + "RETURNING CAST(disclosure_id AS TEXT), subject_id")),
            Map.entry(RecordKind.VAULT_ENTRY, new KindSql("vault_entry v", "v.updated_at",
                    "NOT EXISTS (SELECT 1 FROM consent c WHERE c.subject_id = v.subject_id) "
                            + "AND NOT EXISTS (SELECT 1 FROM subject_access_request s WHERE s.subject_id = v.subject_id)",
                    "DELETE FROM vault_entry v WHERE v.updated_at < ?1 "
                            + "AND NOT EXISTS (SELECT 1 FROM consent c WHERE c.subject_id = v.subject_id) "
                            + "AND NOT EXISTS (SELECT 1 FROM subject_access_request s WHERE s.subject_id = v.subject_id) "
                            + "RETURNING v.subject_id, v.subject_id")),
            // the link (hashes only) with its queued letter (name and address), which goes with it (cascade)
            Map.entry(RecordKind.PERSON_LINK, new KindSql("person_link", "issued_at", "TRUE",
                    "DELETE FROM person_link WHERE issued_at < ?1 RETURNING CAST(link_id AS TEXT), subject_id")),
            Map.entry(RecordKind.PERSON_RELEASE, new KindSql("person_release", "released_at", "TRUE",
                    "DELETE FROM person_release WHERE released_at < ?1 RETURNING CAST(release_id AS TEXT), subject_id")),
            Map.entry(RecordKind.POLICY_ACKNOWLEDGEMENT, new KindSql("policy_acknowledgement a", "a.acknowledged_at",
                    ACKNOWLEDGEMENT_SUPERSEDED, "DELETE FROM policy_acknowledgement a WHERE a.acknowledged_at < ?1 AND "
                            + ACKNOWLEDGEMENT_SUPERSEDED
                            + " RETURNING a.staff_id || ':' || a.policy_version, CAST(NULL AS TEXT)")),
            Map.entry(RecordKind.STAFF_TRAINING, new KindSql("staff_training t", "t.recorded_at", TRAINING_SUPERSEDED,
                    "DELETE FROM staff_training t WHERE t.recorded_at < ?1 AND " + TRAINING_SUPERSEDED
                            + " RETURNING CAST(t.id AS TEXT), CAST(NULL AS TEXT)")));

    /** Must run inside the caller's transaction, with the announcement of what it removed. */
    public Uni<List<ErasedRecord>> eraseExpired(RecordKind kind, Instant cutoff) {
        ErasedRecord.Action action = action(kind);
        return Panache.getSession().chain(session -> session.createNativeQuery(SQL.get(kind).erase(), Object[].class)
                        .setParameter(1, cutoff).getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new ErasedRecord(kind, (String) row[0], (String) row[1], action))
                        .toList());
    }

    /** Deleted outright, or (the vault) the identity removed so the pseudonym no longer resolves. */
    public static ErasedRecord.Action action(RecordKind kind) {
        return kind == RecordKind.VAULT_ENTRY ? ErasedRecord.Action.ANONYMISED : ErasedRecord.Action.DELETED;
    }

    /**
     * What the kind holds, by age band; how many are past their period at {@code now} and by
     * {@code until}, and when the oldest of the latter stopped changing.
     */
    public Uni<RetentionCounts.Counts> counts(RecordKind kind, Instant now, Instant until, Period period) {
        KindSql sql = SQL.get(kind);
        return RetentionCounts.count(sql.from(), sql.reference(), sql.eligible(), now, until, period);
    }
}
