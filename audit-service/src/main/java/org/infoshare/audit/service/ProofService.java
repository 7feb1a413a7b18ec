package org.infoshare.audit.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.audit.domain.Checkpoint;
import org.infoshare.audit.domain.CompactRange;
import org.infoshare.audit.domain.MerkleProofs;
import org.infoshare.audit.domain.RecordedEntry;
import org.infoshare.audit.domain.Subtrees;
import org.infoshare.audit.persistence.TrailStore;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RFC 6962 proofs against signed checkpoints: that an entry is in the tree a checkpoint signed
 * (inclusion), and that a later checkpoint's tree extends an earlier one's (consistency). The
 * entry's leaf hash is recomputed from its fields, so a changed entry yields a proof that fails.
 */
@ApplicationScoped
public class ProofService {

    private final TrailStore store;

    public ProofService(TrailStore store) {
        this.store = store;
    }

    public record InclusionProof(RecordedEntry entry, byte[] leafHash, Checkpoint checkpoint, List<byte[]> path) {
    }

    public record ConsistencyProof(Checkpoint first, Checkpoint second, List<byte[]> path) {
    }

    public Uni<InclusionProof> inclusion(long seq, Optional<Long> treeSize) {
        Uni<Optional<Checkpoint>> signed = treeSize.isPresent() ? store.checkpoint(treeSize.get()) : store.lastCheckpoint();
        return signed.map(found -> found.orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                        treeSize.map(size -> "No checkpoint has tree size " + size)
                                .orElse("No checkpoint has been signed yet"))))
                .chain(checkpoint -> {
                    if (seq >= checkpoint.treeSize()) {
                        throw new ProblemException(ProblemType.NOT_FOUND, "Entry " + seq
                                + " is not covered by the checkpoint of size " + checkpoint.treeSize() + " (yet)");
                    }
                    return store.entry(seq).chain(entry -> {
                        RecordedEntry recorded = entry.orElseThrow(() -> new ProblemException(ProblemType.GONE,
                                "Entry " + seq + " is not in the trail (removed by retention, or missing: verify the trail)"));
                        return tree(checkpoint.treeSize()).map(tree -> {
                            try {
                                return new InclusionProof(recorded, recorded.entry().leafHash(), checkpoint,
                                        MerkleProofs.inclusion(tree, seq, checkpoint.treeSize()));
                            } catch (Subtrees.RemovedByRetentionException e) {
                                throw new ProblemException(ProblemType.GONE, e.getMessage());
                            }
                        });
                    });
                });
    }

    public Uni<ConsistencyProof> consistency(long firstSize, long secondSize) {
        if (firstSize > secondSize) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "the first tree size must not exceed the second");
        }
        return store.checkpoint(firstSize).chain(first -> store.checkpoint(secondSize).chain(second -> {
            Checkpoint a = first.orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                    "No checkpoint has tree size " + firstSize));
            Checkpoint b = second.orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                    "No checkpoint has tree size " + secondSize));
            return tree(secondSize).map(tree -> {
                try {
                    return new ConsistencyProof(a, b, MerkleProofs.consistency(tree, firstSize, secondSize));
                } catch (Subtrees.RemovedByRetentionException e) {
                    throw new ProblemException(ProblemType.GONE, e.getMessage());
                }
            });
        }));
    }

    /** The tree of {@code size} leaves: the retention horizon's compact range, then the recorded leaf hashes. */
    private Uni<Subtrees> tree(long size) {
        return store.horizon().chain(horizon -> (horizon == 0
                ? Uni.createFrom().item(new CompactRange())
                : store.checkpoint(horizon).map(found -> found.map(Checkpoint::compactRange)
                        .orElseThrow(() -> new IllegalStateException("no checkpoint at the retention horizon"))))
                .chain(removed -> store.leafHashes(horizon, size).map(hashes -> {
                    List<byte[]> leaves = new ArrayList<>(hashes.size());
                    long expected = horizon;
                    for (TrailStore.IndexedHash hash : hashes) {
                        if (hash.seq() != expected) {
                            break;
                        }
                        leaves.add(hash.hash());
                        expected++;
                    }
                    if (expected != size) {
                        throw new ProblemException(ProblemType.CONFLICT, "Entry " + expected
                                + " is missing, so no proof can be built: verify the trail");
                    }
                    return new Subtrees(removed, leaves);
                })));
    }
}
