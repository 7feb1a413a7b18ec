package org.infoshare.audit.domain.misuse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MisuseRulesTest {

    private static final WorkingHours HOURS = new WorkingHours(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0),
            ZoneId.of("Europe/London"), Set.of(LocalDate.of(2026, 12, 25)));

    private static Read read(long seq, String actor, String subject, String at) {
        return new Read(seq, actor, subject, Instant.parse(at));
    }

    @Test
    @DisplayName("P15.2 (a) one user reading N distinct people within the window is one finding")
    void bulkReadsAtThreshold() {
        BulkReadRule rule = new BulkReadRule(5, Duration.ofMinutes(10));
        List<Read> reads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reads.add(read(i, "u1", "s" + i, "2026-11-24T10:0" + i + ":00Z"));
        }
        List<Finding> findings = rule.findings("u1", reads);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).subjectCount()).isEqualTo(5);
        assertThat(findings.get(0).rule()).isEqualTo(MisuseRule.BULK_READS);
        assertThat(findings.get(0).windowStart()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
    }

    @Test
    @DisplayName("P15.2 (a) below the threshold, the same person read again, or spread beyond the window: nothing")
    void bulkReadsBelowThreshold() {
        BulkReadRule rule = new BulkReadRule(5, Duration.ofMinutes(10));
        List<Read> four = List.of(read(1, "u1", "a", "2026-11-24T10:00:00Z"), read(2, "u1", "b", "2026-11-24T10:01:00Z"),
                read(3, "u1", "c", "2026-11-24T10:02:00Z"), read(4, "u1", "d", "2026-11-24T10:03:00Z"),
                read(5, "u1", "d", "2026-11-24T10:04:00Z"));
        assertThat(rule.findings("u1", four)).isEmpty();
        List<Read> spread = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            spread.add(read(i, "u1", "s" + i, "2026-11-24T1" + i + ":00:00Z"));
        }
        assertThat(rule.findings("u1", spread)).isEmpty();
        List<Read> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            others.add(read(i, "u" + i, "s" + i, "2026-11-24T10:0" + i + ":00Z"));
        }
        assertThat(rule.findings("u1", others)).isEmpty();
    }

    @Test
    @DisplayName("P15.2 (a) a burst across a clock boundary is seen (sliding window); two bursts far apart are two")
    void bulkReadsSliding() {
        BulkReadRule rule = new BulkReadRule(3, Duration.ofMinutes(10));
        List<Read> reads = List.of(read(1, "u", "a", "2026-11-24T10:58:00Z"), read(2, "u", "b", "2026-11-24T10:59:00Z"),
                read(3, "u", "c", "2026-11-24T11:01:00Z"),
                read(4, "u", "d", "2026-11-24T15:00:00Z"), read(5, "u", "e", "2026-11-24T15:01:00Z"),
                read(6, "u", "f", "2026-11-24T15:02:00Z"));
        List<Finding> findings = rule.findings("u", reads);
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).reads()).extracting(Read::seq).containsExactly(1L, 2L, 3L);
        assertThat(findings.get(1).reads()).extracting(Read::seq).containsExactly(4L, 5L, 6L);
    }

    @Test
    @DisplayName("P15.2 (b) reads at night, at weekends and on bank holidays are out of hours; Europe/London time (BST) counts")
    void outOfHours() {
        OutOfHoursRule rule = new OutOfHoursRule(HOURS);
        assertThat(rule.outOfHours(read(1, "u", "s", "2026-11-24T10:00:00Z"))).isFalse(); // Tuesday 10:00 GMT
        assertThat(rule.outOfHours(read(1, "u", "s", "2026-11-24T07:59:59Z"))).isTrue();
        assertThat(rule.outOfHours(read(1, "u", "s", "2026-11-24T18:00:00Z"))).isTrue();
        assertThat(rule.outOfHours(read(1, "u", "s", "2026-11-29T11:00:00Z"))).isTrue(); // Sunday
        assertThat(rule.outOfHours(read(1, "u", "s", "2026-12-25T11:00:00Z"))).isTrue(); // Christmas Day, a Friday
        // 17:30 UTC on 1 July is 18:30 BST: out; 07:30 UTC is 08:30 BST: in
        assertThat(rule.outOfHours(read(1, "u", "s", "2026-07-01T17:30:00Z"))).isTrue();
        assertThat(rule.outOfHours(read(1, "u", "s", "2026-07-01T07:30:00Z"))).isFalse();
    }

    @Test
    @DisplayName("P15.2 (b) out-of-hours reads are one finding per user and local day; in-hours reads none")
    void outOfHoursFindings() {
        OutOfHoursRule rule = new OutOfHoursRule(HOURS);
        List<Finding> findings = rule.findings(List.of(read(1, "u", "a", "2026-11-29T03:00:00Z"),
                read(2, "u", "b", "2026-11-29T04:00:00Z"), read(3, "u", "c", "2026-11-24T10:00:00Z"),
                read(4, "v", "a", "2026-11-29T05:00:00Z")));
        assertThat(findings).hasSize(2);
        Finding u = findings.stream().filter(f -> f.actorId().equals("u")).findFirst().orElseThrow();
        assertThat(u.reads()).extracting(Read::seq).containsExactly(1L, 2L);
        assertThat(u.windowStart()).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
        assertThat(u.windowEnd()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
    }

    @Test
    @DisplayName("P15.2 (c) a read with a case event about the subject from lookback before to grace after it is backed; otherwise it is a finding")
    void noCaseBehind() {
        NoCaseRule rule = new NoCaseRule(Duration.ofDays(30), Duration.ofHours(1), HOURS);
        Read read = read(1, "u", "s1", "2026-11-24T10:00:00Z");
        assertThat(rule.backed(read, Map.of("s1", List.of(Instant.parse("2026-11-01T10:00:00Z"))))).isTrue();
        assertThat(rule.backed(read, Map.of("s1", List.of(Instant.parse("2026-11-24T10:30:00Z"))))).isTrue();
        assertThat(rule.backed(read, Map.of("s1", List.of(Instant.parse("2026-10-20T10:00:00Z"))))).isFalse();
        assertThat(rule.backed(read, Map.of("s1", List.of(Instant.parse("2026-11-24T11:30:00Z"))))).isFalse();
        assertThat(rule.backed(read, Map.of("s2", List.of(Instant.parse("2026-11-24T10:00:00Z"))))).isFalse();
        List<Finding> findings = rule.findings(List.of(read, read(2, "u", "s2", "2026-11-24T10:05:00Z")),
                Map.of("s1", List.of(Instant.parse("2026-11-24T09:00:00Z"))));
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).rule()).isEqualTo(MisuseRule.NO_CASE);
        assertThat(findings.get(0).reads()).extracting(Read::subjectId).containsExactly("s2");
    }
}
