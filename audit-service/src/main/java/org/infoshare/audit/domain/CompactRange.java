package org.infoshare.audit.domain;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of an append-only RFC 6962 Merkle tree: the roots of the perfect subtrees that
 * make up its first {@code size} leaves (one per set bit of the size, largest first). It is all
 * that is needed to extend the tree and to compute its root, so appending, checkpointing and
 * verifying never hold more than log2(size) hashes, and a checkpoint that stores it lets the
 * next one (or a retention step) start where it ended.
 */
public final class CompactRange {

    private long size;
    private final ArrayList<byte[]> hashes;

    public CompactRange() {
        this(0, new ArrayList<>());
    }

    private CompactRange(long size, ArrayList<byte[]> hashes) {
        this.size = size;
        this.hashes = hashes;
    }

    public long size() {
        return size;
    }

    public void append(byte[] leafHash) {
        byte[] carry = leafHash;
        for (long bits = size; (bits & 1) == 1; bits >>>= 1) {
            carry = MerkleHash.node(hashes.remove(hashes.size() - 1), carry);
        }
        hashes.add(carry);
        size++;
    }

    /** @return MTH of the first {@code size} leaves (RFC 6962) */
    public byte[] root() {
        if (size == 0) {
            return MerkleHash.EMPTY_ROOT.clone();
        }
        byte[] root = hashes.get(hashes.size() - 1);
        for (int i = hashes.size() - 2; i >= 0; i--) {
            root = MerkleHash.node(hashes.get(i), root);
        }
        return root;
    }

    /** The perfect subtrees this range is made of, left to right. */
    public List<Subtree> subtrees() {
        List<Subtree> subtrees = new ArrayList<>();
        long start = 0;
        int index = 0;
        for (int bit = 63; bit >= 0; bit--) {
            long width = 1L << bit;
            if ((size & width) != 0) {
                subtrees.add(new Subtree(start, start + width, hashes.get(index++)));
                start += width;
            }
        }
        return subtrees;
    }

    public CompactRange copy() {
        return new CompactRange(size, new ArrayList<>(hashes));
    }

    /** 8-byte size then the 32-byte hashes: how checkpoints store it. */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(8 + 32 * hashes.size());
        buffer.putLong(size);
        hashes.forEach(buffer::put);
        return buffer.array();
    }

    public static CompactRange fromBytes(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long size = buffer.getLong();
        int count = Long.bitCount(size);
        if (bytes.length != 8 + 32 * count) {
            throw new IllegalArgumentException("a compact range of size " + size + " has " + count + " hashes");
        }
        ArrayList<byte[]> hashes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] hash = new byte[32];
            buffer.get(hash);
            hashes.add(hash);
        }
        return new CompactRange(size, hashes);
    }

    /** A perfect subtree over leaves [start, end). */
    public record Subtree(long start, long end, byte[] hash) {
    }
}
