package org.infoshare.web;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.infoshare.rules.RetentionRule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/**
 * P13.1: one kind of record as the DPO's annual review counts it, in every service: what is held by
 * age band, how many are past their period now and by the review's horizon, and when the oldest of
 * the latter stopped changing. One query per kind; joins the caller's session.
 */
public final class RetentionCounts {

    private RetentionCounts() {
    }

    public record Counts(long held, Map<RetentionRule.AgeBand, Long> byAge, long pastPeriod, long dueUntil,
                         Instant oldestDue) {
    }

    /**
     * @param source    the table (and the condition that scopes it to the kind), as after FROM
     * @param reference the column holding when a record stopped changing
     * @param eligible  the condition a record must meet to be removable at all
     */
    public static Uni<Counts> count(String source, String reference, String eligible, Instant now, Instant until,
                                    Period period) {
        String due = reference + " < ?5 AND " + eligible;
        String query = "SELECT count(*), "
                + "count(*) FILTER (WHERE " + reference + " >= ?1), "
                + "count(*) FILTER (WHERE " + reference + " < ?1 AND " + reference + " >= ?2), "
                + "count(*) FILTER (WHERE " + reference + " < ?2 AND " + reference + " >= ?3), "
                + "count(*) FILTER (WHERE " + reference + " < ?3), "
                + "count(*) FILTER (WHERE " + reference + " < ?4 AND " + eligible + "), "
                + "count(*) FILTER (WHERE " + due + "), "
                + "min(" + reference + ") FILTER (WHERE " + due + ") "
                + "FROM " + source;
        return Panache.getSession().chain(session -> session.createNativeQuery(query, Object[].class)
                        .setParameter(1, RetentionRule.cutoff(Period.ofYears(1), now))
                        .setParameter(2, RetentionRule.cutoff(Period.ofYears(2), now))
                        .setParameter(3, RetentionRule.cutoff(Period.ofYears(6), now))
                        .setParameter(4, RetentionRule.cutoff(period, now))
                        .setParameter(5, RetentionRule.cutoff(period, until))
                        .getSingleResult())
                .map(row -> {
                    Map<RetentionRule.AgeBand, Long> byAge = new EnumMap<>(RetentionRule.AgeBand.class);
                    RetentionRule.AgeBand[] bands = RetentionRule.AgeBand.values();
                    for (int i = 0; i < bands.length; i++) {
                        byAge.put(bands[i], ((Number) row[i + 1]).longValue());
                    }
                    return new Counts(((Number) row[0]).longValue(), byAge, ((Number) row[5]).longValue(),
                            ((Number) row[6]).longValue(), instant(row[7]));
                });
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof LocalDateTime ldt) {
            return ldt.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
