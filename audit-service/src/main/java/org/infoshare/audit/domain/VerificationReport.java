package org.infoshare.audit.domain;

/**
 * The answer to "does the trail verify?": ok, or the first bad entry or checkpoint and why.
 *
 * @param ok                 nothing wrong was found
 * @param from               first leaf index checked
 * @param to                 last leaf index checked (from - 1 when none)
 * @param entriesChecked     entries whose leaf hash was recomputed
 * @param checkpointsChecked signed checkpoints whose root was recomputed (or, before the
 *                           retention horizon, whose signature was checked)
 * @param rootHash           Merkle root over [0, to + 1), hex
 * @param failure            the first problem, null when ok
 */
public record VerificationReport(boolean ok, long from, long to, long entriesChecked, int checkpointsChecked,
                                 String rootHash, Failure failure) {

    public enum Problem {
        /** A leaf index has no entry: a deletion. */
        ENTRY_MISSING,
        /** The entry's recomputed hash differs from the one recorded when it was appended: changed or moved. */
        ENTRY_ALTERED,
        /** The recomputed Merkle root differs from a signed checkpoint's root, or entries it covers are gone. */
        CHECKPOINT_MISMATCH,
        /** A checkpoint's signature does not verify with the trail's key. */
        CHECKPOINT_SIGNATURE
    }

    /**
     * @param problem        what is wrong
     * @param seq            the entry (leaf index) where it shows, when it is one entry
     * @param checkpointSize the tree size of the checkpoint concerned, when it is a checkpoint
     * @param detail         a sentence for the auditor
     */
    public record Failure(Problem problem, Long seq, Long checkpointSize, String detail) {
    }
}
