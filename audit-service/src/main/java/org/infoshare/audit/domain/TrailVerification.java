package org.infoshare.audit.domain;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Verifies the trail as it streams by in leaf order (X1): each entry's hash is recomputed from
 * its stored fields and compared with the hash recorded at append time (a changed, swapped or
 * moved entry shows at its exact index), leaf indexes must follow each other (a deleted entry
 * shows as missing), and the Merkle root is recomputed at every signed checkpoint and compared
 * with the signed root (catching an entry rewritten together with its recorded hash, and a
 * truncated tail). Memory is O(log n) plus the checkpoints offered and not yet reached: only
 * the compact range is kept, and a caller that streams offers checkpoints a page at a time.
 */
public final class TrailVerification {

    private final long from;
    private final CompactRange tree;
    private final Deque<Checkpoint> pending;
    private final Checkpoint.SignatureCheck signatures;
    private long entries;
    private int checkpointsChecked;
    private VerificationReport.Failure failure;

    /**
     * @param start       the compact range where verification starts (size = first leaf index to read)
     * @param checkpoints the checkpoints to check, any order; those at or below the start are checked by signature only
     * @param signatures  the signature check
     */
    public TrailVerification(CompactRange start, List<Checkpoint> checkpoints, Checkpoint.SignatureCheck signatures) {
        this(start, signatures);
        offer(checkpoints.stream().sorted(Comparator.comparingLong(Checkpoint::treeSize)).toList());
    }

    /**
     * A verification that is handed its checkpoints as it goes ({@link #offer}), so that neither
     * the entries nor the checkpoints of a long trail are ever held at once.
     */
    public TrailVerification(CompactRange start, Checkpoint.SignatureCheck signatures) {
        this.from = start.size();
        this.tree = start.copy();
        this.signatures = signatures;
        this.pending = new ArrayDeque<>();
    }

    /**
     * More checkpoints, in ascending tree size and after those offered before. One at or below the
     * start is checked by signature (the one at the start also against the starting range); a later
     * one must be offered before the entries reach it, and is checked when they do.
     */
    public void offer(List<Checkpoint> checkpoints) {
        for (Checkpoint checkpoint : checkpoints) {
            if (checkpoint.treeSize() <= from) {
                checkSignature(checkpoint);
                if (checkpoint.treeSize() == from && failure == null
                        && !Arrays.equals(checkpoint.root(), tree.root())) {
                    fail(VerificationReport.Problem.CHECKPOINT_MISMATCH, null, checkpoint.treeSize(),
                            "the starting state does not match the signed root of checkpoint " + checkpoint.treeSize());
                }
                if (failure == null) {
                    checkpointsChecked++;
                }
            } else if (checkpoint.treeSize() < tree.size()
                    || (!pending.isEmpty() && checkpoint.treeSize() <= pending.peekLast().treeSize())) {
                throw new IllegalStateException("checkpoint " + checkpoint.treeSize()
                        + " offered out of order (verification is at " + tree.size() + ")");
            } else {
                pending.add(checkpoint);
            }
        }
        reachCheckpoints();
    }

    /** @return false once something is wrong (later entries need not be read) */
    public boolean accept(TrailEntry entry, byte[] recordedLeafHash) {
        if (failure != null) {
            return false;
        }
        long expected = tree.size();
        if (entry.seq() != expected) {
            fail(VerificationReport.Problem.ENTRY_MISSING, expected, null, "entry " + expected
                    + " is missing: the next entry present is " + entry.seq());
            return false;
        }
        byte[] leaf = entry.leafHash();
        if (!Arrays.equals(leaf, recordedLeafHash)) {
            fail(VerificationReport.Problem.ENTRY_ALTERED, expected, null, "entry " + expected
                    + " does not hash to the value recorded when it was appended: its content was changed"
                    + " or it was moved from another position");
            return false;
        }
        tree.append(leaf);
        entries++;
        reachCheckpoints();
        return failure == null;
    }

    /**
     * Ends the run.
     *
     * @param wholeTrail true when every entry up to the end of the trail was offered, so that
     *                   checkpoints beyond the last entry mean a truncated trail
     */
    public VerificationReport finish(boolean wholeTrail) {
        if (failure == null && wholeTrail && !pending.isEmpty()) {
            Checkpoint beyond = pending.peekFirst();
            fail(VerificationReport.Problem.CHECKPOINT_MISMATCH, null, beyond.treeSize(), "checkpoint "
                    + beyond.treeSize() + " was signed over " + beyond.treeSize() + " entries but the trail holds only "
                    + tree.size() + ": entries from " + tree.size() + " on were removed");
        }
        return new VerificationReport(failure == null, from, tree.size() - 1, entries, checkpointsChecked,
                MerkleHash.hex(tree.root()), failure);
    }

    public long nextSeq() {
        return tree.size();
    }

    /** @return the compact range reached so far (a copy) */
    public CompactRange range() {
        return tree.copy();
    }

    public boolean failed() {
        return failure != null;
    }

    private void reachCheckpoints() {
        while (failure == null && !pending.isEmpty() && pending.peekFirst().treeSize() == tree.size()) {
            Checkpoint checkpoint = pending.pollFirst();
            checkSignature(checkpoint);
            if (failure == null && !Arrays.equals(checkpoint.root(), tree.root())) {
                fail(VerificationReport.Problem.CHECKPOINT_MISMATCH, null, checkpoint.treeSize(),
                        "the Merkle root over the first " + checkpoint.treeSize()
                                + " entries differs from the root signed at checkpoint " + checkpoint.treeSize()
                                + ": entries before it were rewritten together with their recorded hashes");
            }
            if (failure == null) {
                checkpointsChecked++;
            }
        }
    }

    private void checkSignature(Checkpoint checkpoint) {
        if (failure == null && !signatures.valid(checkpoint)) {
            fail(VerificationReport.Problem.CHECKPOINT_SIGNATURE, null, checkpoint.treeSize(),
                    "the signature of checkpoint " + checkpoint.treeSize() + " does not verify with key "
                            + checkpoint.keyId());
        }
    }

    private void fail(VerificationReport.Problem problem, Long seq, Long checkpointSize, String detail) {
        failure = new VerificationReport.Failure(problem, seq, checkpointSize, detail);
    }
}
