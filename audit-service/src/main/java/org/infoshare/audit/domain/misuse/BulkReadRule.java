package org.infoshare.audit.domain.misuse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * P15.2 (a): one user reading many people's identifiers in a short time. A read is part of a
 * burst when, within {@code window} up to it, the same user read at least {@code threshold}
 * distinct people (a sliding window, so a burst across a clock boundary is still seen). Reads in
 * bursts less than {@code window} apart are one finding, whose window starts at its first read.
 */
public final class BulkReadRule {

    private final int threshold;
    private final Duration window;

    public BulkReadRule(int threshold, Duration window) {
        if (threshold < 2) {
            throw new IllegalArgumentException("the threshold is at least 2 people");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window is positive");
        }
        this.threshold = threshold;
        this.window = window;
    }

    public Duration window() {
        return window;
    }

    /** @param reads one user's reads (any order); @return its bursts, oldest first */
    public List<Finding> findings(String actorId, List<Read> reads) {
        List<Read> sorted = reads.stream().filter(read -> read.actorId().equals(actorId))
                .sorted(Comparator.comparing(Read::at).thenComparingLong(Read::seq)).toList();
        boolean[] inBurst = new boolean[sorted.size()];
        Map<String, Integer> inWindow = new HashMap<>();
        int start = 0;
        for (int end = 0; end < sorted.size(); end++) {
            inWindow.merge(sorted.get(end).subjectId(), 1, Integer::sum);
            while (!sorted.get(start).at().isAfter(sorted.get(end).at().minus(window))) {
                inWindow.computeIfPresent(sorted.get(start).subjectId(), (k, n) -> n == 1 ? null : n - 1);
                start++;
            }
            if (inWindow.size() >= threshold) {
                for (int i = start; i <= end; i++) {
                    inBurst[i] = true;
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<Read> current = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (!inBurst[i]) {
                continue;
            }
            Read read = sorted.get(i);
            if (!current.isEmpty() && !current.get(current.size() - 1).at().plus(window).isAfter(read.at())) {
                findings.add(burst(actorId, current));
                current = new ArrayList<>();
            }
            current.add(read);
        }
        if (!current.isEmpty()) {
            findings.add(burst(actorId, current));
        }
        return findings;
    }

    private Finding burst(String actorId, List<Read> reads) {
        Objects.requireNonNull(actorId);
        return new Finding(MisuseRule.BULK_READS, actorId, reads.get(0).at(),
                reads.get(reads.size() - 1).at().plus(window), reads);
    }
}
