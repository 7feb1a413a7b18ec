package org.infoshare.audit.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.audit.domain.misuse.Finding;
import org.infoshare.audit.domain.misuse.MisuseReport;
import org.infoshare.audit.domain.misuse.MisuseRule;
import org.infoshare.audit.domain.misuse.Read;
import org.infoshare.audit.domain.misuse.ReportStatus;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Misuse reports (P15.2) and what the detection pass reads of the trail, in the caller's Hibernate
 * Reactive transaction (the one that also appends the report's event to the outbox). Times are
 * read as epoch microseconds, ids as text: plain values whatever the driver maps them to.
 */
@ApplicationScoped
public class MisuseStore {

    private static final String MICROS = "(extract(epoch FROM %s) * 1000000)::bigint";
    private static final String READ_COLUMNS = "seq, actor, subject, " + MICROS.formatted("occurred_at");
    private static final String REPORT_COLUMNS = "id::text, rule, actor_id, " + MICROS.formatted("window_start") + ", "
            + MICROS.formatted("window_end") + ", " + MICROS.formatted("first_read_at") + ", "
            + MICROS.formatted("last_read_at") + ", subject_count, read_count, status, "
            + MICROS.formatted("raised_at") + ", decided_by, " + MICROS.formatted("decided_at") + ", dpo_note";

    /** Where a rule's pass stands: the last leaf index it evaluated (-1 before the first). */
    public Uni<Long> cursor(MisuseRule rule) {
        return single("SELECT coalesce((SELECT last_seq FROM misuse_cursor WHERE rule = ?1), -1)", rule.code())
                .map(MisuseStore::number);
    }

    public Uni<Void> advance(MisuseRule rule, long lastSeq) {
        return update("""
                INSERT INTO misuse_cursor (rule, last_seq) VALUES (?1, ?2)
                ON CONFLICT (rule) DO UPDATE SET last_seq = greatest(misuse_cursor.last_seq, excluded.last_seq)""",
                rule.code(), lastSeq).replaceWithVoid();
    }

    /** The highest leaf index to evaluate this time: at most {@code limit} past the cursor, and none recorded after {@code settledBy}. */
    public Uni<Long> upperBound(long cursor, int limit, Instant settledBy) {
        return single("""
                SELECT coalesce((SELECT min(seq) - 1 FROM trail_entry
                                  WHERE seq > ?1 AND seq <= ?2 AND recorded_at > ?3),
                                (SELECT max(seq) FROM trail_entry WHERE seq > ?1 AND seq <= ?2), ?1)""",
                cursor, cursor + limit, settledBy.atOffset(ZoneOffset.UTC)).map(MisuseStore::number);
    }

    /** Reads of personal data with {@code after < seq <= upTo}. */
    public Uni<List<Read>> reads(Collection<String> readTypes, long after, long upTo) {
        return rows("SELECT " + READ_COLUMNS + " FROM trail_entry WHERE seq > ?1 AND seq <= ?2 "
                + "AND event_type IN (?3) AND actor IS NOT NULL AND subject IS NOT NULL ORDER BY seq",
                after, upTo, List.copyOf(readTypes)).map(MisuseStore::toReads);
    }

    /** One user's reads of personal data from {@code from} to {@code to} (occurrence), up to leaf index {@code upTo}. */
    public Uni<List<Read>> readsBy(String actor, Collection<String> readTypes, Instant from, Instant to, long upTo) {
        return rows("SELECT " + READ_COLUMNS + " FROM trail_entry WHERE actor = ?1 AND event_type IN (?2) "
                        + "AND occurred_at >= ?3 AND occurred_at <= ?4 AND seq <= ?5 AND subject IS NOT NULL",
                actor, List.copyOf(readTypes), from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC), upTo)
                .map(MisuseStore::toReads);
    }

    /** When each of the subjects had a case event between {@code from} and {@code to}. */
    public Uni<Map<String, List<Instant>>> caseTimes(Collection<String> subjects, Collection<String> caseTypes,
                                                    Instant from, Instant to) {
        if (subjects.isEmpty() || caseTypes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return rows("SELECT subject, " + MICROS.formatted("occurred_at") + " FROM trail_entry WHERE subject IN (?1) "
                        + "AND event_type IN (?2) AND occurred_at >= ?3 AND occurred_at <= ?4",
                List.copyOf(subjects), List.copyOf(caseTypes), from.atOffset(ZoneOffset.UTC),
                to.atOffset(ZoneOffset.UTC))
                .map(rows -> {
                    Map<String, List<Instant>> times = new HashMap<>();
                    rows.forEach(row -> times.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                            .add(micros(row[1])));
                    return times;
                });
    }

    /** The open report of the finding's rule and user whose window overlaps the finding's. */
    public Uni<Optional<UUID>> openReportFor(Finding finding) {
        return rows("SELECT id::text FROM misuse_report WHERE rule = ?1 AND actor_id = ?2 AND status = 'OPEN' "
                        + "AND window_start < ?4 AND window_end > ?3 ORDER BY window_start LIMIT 1",
                finding.rule().code(), finding.actorId(), at(finding.windowStart()), at(finding.windowEnd()))
                .map(rows -> rows.stream().findFirst().map(row -> UUID.fromString((String) singleValue(row))));
    }

    public Uni<Void> insertReport(UUID id, Finding finding, Instant raisedAt) {
        return update("""
                INSERT INTO misuse_report (id, rule, actor_id, window_start, window_end, first_read_at, last_read_at,
                                           subject_count, read_count, status, raised_at)
                VALUES (CAST(?1 AS uuid), ?2, ?3, ?4, ?5, ?6, ?7, 0, 0, 'OPEN', ?8)""",
                id.toString(), finding.rule().code(), finding.actorId(), at(finding.windowStart()),
                at(finding.windowEnd()), at(finding.firstReadAt()), at(finding.lastReadAt()), at(raisedAt))
                .chain(() -> link(id, finding.reads()));
    }

    /** Adds a finding's reads to an open report (a read already in it adds nothing) and widens its times. */
    public Uni<Void> extendReport(UUID id, Finding finding) {
        return update("""
                UPDATE misuse_report SET first_read_at = least(first_read_at, ?2), last_read_at = greatest(last_read_at, ?3),
                       window_end = greatest(window_end, ?4)
                 WHERE id = CAST(?1 AS uuid)""",
                id.toString(), at(finding.firstReadAt()), at(finding.lastReadAt()), at(finding.windowEnd()))
                .chain(() -> link(id, finding.reads()));
    }

    private Uni<Void> link(UUID id, List<Read> reads) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        int batch = 500;
        for (int from = 0; from < reads.size(); from += batch) {
            List<Read> part = reads.subList(from, Math.min(reads.size(), from + batch));
            StringBuilder sql = new StringBuilder("INSERT INTO misuse_report_read (report_id, seq, subject) VALUES ");
            List<Object> params = new ArrayList<>();
            params.add(id.toString());
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(CAST(?1 AS uuid), ?").append(2 + 2 * i).append(", ?")
                        .append(3 + 2 * i).append(')');
                params.add(part.get(i).seq());
                params.add(part.get(i).subjectId());
            }
            sql.append(" ON CONFLICT DO NOTHING");
            chain = chain.chain(() -> update(sql.toString(), params.toArray())).replaceWithVoid();
        }
        return chain.chain(() -> update("""
                UPDATE misuse_report SET subject_count = (SELECT count(DISTINCT subject) FROM misuse_report_read WHERE report_id = CAST(?1 AS uuid)),
                       read_count = (SELECT count(*) FROM misuse_report_read WHERE report_id = CAST(?1 AS uuid))
                 WHERE id = CAST(?1 AS uuid)""", id.toString())).replaceWithVoid();
    }

    public Uni<Optional<MisuseReport>> find(UUID id, boolean forUpdate) {
        return rows("SELECT " + REPORT_COLUMNS + " FROM misuse_report WHERE id = CAST(?1 AS uuid)"
                + (forUpdate ? " FOR UPDATE" : ""), id.toString())
                .map(rows -> rows.stream().findFirst().map(MisuseStore::toReport));
    }

    public Uni<List<MisuseReport>> list(ReportStatus status, int page, int size) {
        return rows("SELECT " + REPORT_COLUMNS + " FROM misuse_report WHERE status = ?1 "
                + "ORDER BY raised_at DESC, id LIMIT ?2 OFFSET ?3", status.name(), size, (long) page * size)
                .map(rows -> rows.stream().map(MisuseStore::toReport).toList());
    }

    public Uni<Long> count(ReportStatus status) {
        return single("SELECT count(*) FROM misuse_report WHERE status = ?1", status.name()).map(MisuseStore::number);
    }

    /** The reads behind a report, as the trail holds them, in trail order, a page at a time. */
    public Uni<List<Object[]>> readsOf(UUID id, int page, int size) {
        return rows("SELECT r.seq, r.subject, t.event_id::text, t.source, " + MICROS.formatted("t.occurred_at")
                + " FROM misuse_report_read r LEFT JOIN trail_entry t ON t.seq = r.seq"
                + " WHERE r.report_id = CAST(?1 AS uuid) ORDER BY r.seq LIMIT ?2 OFFSET ?3",
                id.toString(), size, (long) page * size);
    }

    /** Records the DPO's decision on an open report; false when it was no longer open. */
    public Uni<Boolean> decide(UUID id, ReportStatus status, String decidedBy, Instant decidedAt, String note) {
        return update("""
                UPDATE misuse_report SET status = ?2, decided_by = ?3, decided_at = ?4, dpo_note = ?5
                 WHERE id = CAST(?1 AS uuid) AND status = 'OPEN'""",
                id.toString(), status.name(), decidedBy, at(decidedAt), note).map(n -> n == 1);
    }

    private static MisuseReport toReport(Object[] row) {
        return new MisuseReport(UUID.fromString((String) row[0]), MisuseRule.fromCode((String) row[1]),
                (String) row[2], micros(row[3]), micros(row[4]), micros(row[5]), micros(row[6]),
                (int) number(row[7]), (int) number(row[8]), ReportStatus.valueOf((String) row[9]), micros(row[10]),
                Optional.ofNullable((String) row[11]), Optional.ofNullable(row[12]).map(MisuseStore::micros),
                Optional.ofNullable((String) row[13]));
    }

    private static List<Read> toReads(List<Object[]> rows) {
        return rows.stream().map(row -> new Read(number(row[0]), (String) row[1], (String) row[2], micros(row[3])))
                .toList();
    }

    public static Instant micros(Object value) {
        return Instant.EPOCH.plus(number(value), ChronoUnit.MICROS);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Object singleValue(Object row) {
        return row instanceof Object[] array ? array[0] : row;
    }

    private static java.time.OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private Uni<Object> single(String sql, Object... params) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.getSingleResult();
        }).map(MisuseStore::singleValue);
    }

    @SuppressWarnings("unchecked")
    private Uni<List<Object[]>> rows(String sql, Object... params) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.getResultList();
        }).map(found -> ((List<Object>) found).stream()
                .map(row -> row instanceof Object[] array ? array : new Object[] {row}).toList());
    }

    private Uni<Integer> update(String sql, Object... params) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.executeUpdate();
        });
    }
}
