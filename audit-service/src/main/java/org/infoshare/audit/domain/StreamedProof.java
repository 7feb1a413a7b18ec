package org.infoshare.audit.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds an RFC 6962 proof from one pass over the stored leaf hashes in leaf order, without
 * holding them: the proof is first run against a tree that only notes which leaf ranges it asks
 * for (a proof needs O(log n) disjoint ranges), each range is then folded into a compact range as
 * its leaves stream by and only its root is kept, and the proof is run again against those roots.
 * Memory is O(log n) whatever the size of the trail.
 */
public final class StreamedProof {

    private static final byte[] UNKNOWN = new byte[32];

    private final Function<Subtrees, List<byte[]>> proof;
    private final CompactRange removed;
    private final long size;
    private final List<Range> ranges;
    private final Map<Long, byte[]> hashes = new HashMap<>();
    private CompactRange folding = new CompactRange();
    private int current;
    private long next;

    /**
     * @param removed the compact range of the prefix removed by retention (empty when none)
     * @param size    the tree size the proof is about
     * @param proof   builds the proof from a tree (e.g. {@code tree -> MerkleProofs.inclusion(tree, m, size)})
     * @throws Subtrees.RemovedByRetentionException when the proof needs a part of the tree that only existed before retention
     */
    public StreamedProof(CompactRange removed, long size, Function<Subtrees, List<byte[]>> proof) {
        this.proof = proof;
        this.removed = removed;
        this.size = size;
        List<Range> wanted = new ArrayList<>();
        proof.apply(new Subtrees(removed, size, (lo, hi) -> {
            wanted.add(new Range(lo, hi));
            return UNKNOWN;
        }));
        wanted.sort(Comparator.comparingLong(Range::lo));
        for (int i = 1; i < wanted.size(); i++) {
            if (wanted.get(i).lo() < wanted.get(i - 1).hi()) {
                throw new IllegalStateException("a proof asked for overlapping ranges " + wanted.get(i - 1)
                        + " and " + wanted.get(i));
            }
        }
        this.ranges = wanted;
        this.next = removed.size();
    }

    /** The leaf index to offer next. */
    public long nextSeq() {
        return next;
    }

    /** Leaves from {@link #nextSeq()} up to this index (exclusive) are still needed. */
    public long end() {
        return ranges.isEmpty() ? removed.size() : ranges.get(ranges.size() - 1).hi();
    }

    public boolean complete() {
        return current == ranges.size();
    }

    /** Offers the leaf hash at {@link #nextSeq()}. */
    public void accept(long seq, byte[] leafHash) {
        if (seq != next) {
            throw new IllegalArgumentException("leaf " + seq + " offered, " + next + " expected");
        }
        next++;
        if (complete() || seq < ranges.get(current).lo()) {
            return;
        }
        Range range = ranges.get(current);
        folding.append(leafHash);
        if (seq == range.hi() - 1) {
            hashes.put(range.lo(), folding.root());
            folding = new CompactRange();
            current++;
        }
    }

    /** The proof, once every needed leaf was offered. */
    public List<byte[]> build() {
        if (!complete()) {
            throw new IllegalStateException("leaves from " + next + " are still needed");
        }
        return proof.apply(new Subtrees(removed, size, (lo, hi) -> {
            byte[] hash = hashes.get(lo);
            if (hash == null) {
                throw new IllegalStateException("range [" + lo + ", " + hi + ") was not asked for the first time");
            }
            return hash;
        }));
    }

    private record Range(long lo, long hi) {
    }
}
