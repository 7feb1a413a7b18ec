package org.infoshare.audit.domain;

import java.util.Arrays;
import java.util.List;

/**
 * MTH of any range [lo, hi) of a tree of {@code size} leaves whose first {@code horizon} leaves
 * were removed by retention: the removed part is known only by the perfect subtrees of its
 * compact range, which is exactly what proofs about the remaining leaves need.
 */
public final class Subtrees {

    private final CompactRange removed;
    private final List<byte[]> leaves;

    /**
     * @param removed the compact range of the removed prefix (size = horizon; empty when nothing was removed)
     * @param leaves  leaf hashes from the horizon on, in order
     */
    public Subtrees(CompactRange removed, List<byte[]> leaves) {
        this.removed = removed;
        this.leaves = leaves;
    }

    public long horizon() {
        return removed.size();
    }

    public long size() {
        return removed.size() + leaves.size();
    }

    public byte[] hash(long lo, long hi) {
        if (lo < 0 || hi > size() || lo >= hi) {
            throw new IllegalArgumentException("no range [" + lo + ", " + hi + ") in a tree of " + size());
        }
        long horizon = horizon();
        if (lo >= horizon) {
            return fromLeaves((int) (lo - horizon), (int) (hi - horizon));
        }
        if (hi <= horizon) {
            return fromRemoved(lo, hi);
        }
        long k = largestPowerOfTwoBelow(hi - lo);
        return MerkleHash.node(hash(lo, lo + k), hash(lo + k, hi));
    }

    private byte[] fromLeaves(int lo, int hi) {
        if (hi - lo == 1) {
            return leaves.get(lo);
        }
        int k = (int) largestPowerOfTwoBelow(hi - lo);
        return MerkleHash.node(fromLeaves(lo, lo + k), fromLeaves(lo + k, hi));
    }

    private byte[] fromRemoved(long lo, long hi) {
        List<CompactRange.Subtree> tiles = removed.subtrees().stream()
                .filter(s -> s.start() >= lo && s.end() <= hi).toList();
        long covered = tiles.stream().mapToLong(s -> s.end() - s.start()).sum();
        if (tiles.isEmpty() || tiles.get(0).start() != lo || covered != hi - lo) {
            throw new RemovedByRetentionException(lo, hi);
        }
        byte[] root = tiles.get(tiles.size() - 1).hash();
        for (int i = tiles.size() - 2; i >= 0; i--) {
            root = MerkleHash.node(tiles.get(i).hash(), root);
        }
        return root;
    }

    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    static boolean same(byte[] a, byte[] b) {
        return Arrays.equals(a, b);
    }

    /** A proof needed a part of the tree that only existed before a retention step. */
    public static final class RemovedByRetentionException extends RuntimeException {
        public RemovedByRetentionException(long lo, long hi) {
            super("entries [" + lo + ", " + hi + ") were removed by retention and are not needed by any proof"
                    + " about the remaining trail; this proof cannot be built");
        }
    }
}
