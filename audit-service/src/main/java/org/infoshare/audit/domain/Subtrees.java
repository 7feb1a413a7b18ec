package org.infoshare.audit.domain;

import java.util.Arrays;
import java.util.List;

/**
 * MTH of any range [lo, hi) of a tree of {@code size} leaves whose first {@code horizon} leaves
 * were removed by retention: the removed part is known only by the perfect subtrees of its
 * compact range, which is exactly what proofs about the remaining leaves need. The part from the
 * horizon on comes from {@link Leaves}: a list in memory, or the few range hashes a
 * {@link StreamedProof} computed in one pass over the stored leaves.
 */
public final class Subtrees {

    /** MTH of leaves [lo, hi), all at or after the horizon. */
    public interface Leaves {
        byte[] hash(long lo, long hi);
    }

    private final CompactRange removed;
    private final long size;
    private final Leaves leaves;

    /**
     * @param removed the compact range of the removed prefix (size = horizon; empty when nothing was removed)
     * @param leaves  leaf hashes from the horizon on, in order
     */
    public Subtrees(CompactRange removed, List<byte[]> leaves) {
        this(removed, removed.size() + leaves.size(),
                (lo, hi) -> fromLeaves(leaves, (int) (lo - removed.size()), (int) (hi - removed.size())));
    }

    /**
     * @param removed the compact range of the removed prefix
     * @param size    the tree size
     * @param leaves  hashes of ranges from the horizon on
     */
    public Subtrees(CompactRange removed, long size, Leaves leaves) {
        this.removed = removed;
        this.size = size;
        this.leaves = leaves;
    }

    public long horizon() {
        return removed.size();
    }

    public long size() {
        return size;
    }

    public byte[] hash(long lo, long hi) {
        if (lo < 0 || hi > size() || lo >= hi) {
            throw new IllegalArgumentException("no range [" + lo + ", " + hi + ") in a tree of " + size());
        }
        long horizon = horizon();
        if (lo >= horizon) {
            return leaves.hash(lo, hi);
        }
        if (hi <= horizon) {
            return fromRemoved(lo, hi);
        }
        long k = largestPowerOfTwoBelow(hi - lo);
        return MerkleHash.node(hash(lo, lo + k), hash(lo + k, hi));
    }

    private static byte[] fromLeaves(List<byte[]> leaves, int lo, int hi) {
        if (hi - lo == 1) {
            return leaves.get(lo);
        }
        int k = (int) largestPowerOfTwoBelow(hi - lo);
        return MerkleHash.node(fromLeaves(leaves, lo, lo + k), fromLeaves(leaves, lo + k, hi));
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
