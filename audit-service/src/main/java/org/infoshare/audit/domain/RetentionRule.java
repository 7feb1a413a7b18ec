package org.infoshare.audit.domain;

import java.util.List;
import java.util.OptionalLong;

/**
 * P13.1 for the trail itself: which prefix of the trail a retention step may remove. Only
 * entries past their retention period, only a prefix (so the remaining trail is still one Merkle
 * tree), and only up to a signed checkpoint, so that the removed part stays committed to by a
 * signed root and its compact range keeps every later proof and verification possible.
 */
public final class RetentionRule {

    private RetentionRule() {
    }

    /**
     * @param horizon          entries below this index were removed already
     * @param firstUnexpired   the lowest index of an entry still inside its retention period
     *                         (the next free index when all are expired)
     * @param checkpointSizes  the tree sizes of the signed checkpoints
     * @return the new horizon: every entry below it may go; empty when nothing may
     */
    public static OptionalLong removableBefore(long horizon, long firstUnexpired, List<Long> checkpointSizes) {
        return checkpointSizes.stream().mapToLong(Long::longValue)
                .filter(size -> size > horizon && size <= firstUnexpired)
                .max();
    }
}
