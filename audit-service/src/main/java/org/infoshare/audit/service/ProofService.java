package org.infoshare.audit.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.audit.config.AuditConfig;
import org.infoshare.audit.domain.Checkpoint;
import org.infoshare.audit.domain.CompactRange;
import org.infoshare.audit.domain.MerkleProofs;
import org.infoshare.audit.domain.RecordedEntry;
import org.infoshare.audit.domain.StreamedProof;
import org.infoshare.audit.domain.Subtrees;
import org.infoshare.audit.persistence.TrailStore;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * RFC 6962 proofs against signed checkpoints: that an entry is in the tree a checkpoint signed
 * (inclusion), and that a later checkpoint's tree extends an earlier one's (consistency). The
 * entry's leaf hash is recomputed from its fields, so a changed entry yields a proof that fails.
 * The recorded leaf hashes are streamed, never held: memory is O(log n), time O(n) in the tree size.
 */
@ApplicationScoped
public class ProofService {

    private final TrailStore store;
    private final AuditConfig config;

    public ProofService(TrailStore store, AuditConfig config) {
        this.store = store;
        this.config = config;
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
                        return proof(checkpoint.treeSize(), tree -> MerkleProofs.inclusion(tree, seq, checkpoint.treeSize()))
                                .map(path -> new InclusionProof(recorded, recorded.entry().leafHash(), checkpoint, path));
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
            return proof(secondSize, tree -> MerkleProofs.consistency(tree, firstSize, secondSize))
                    .map(path -> new ConsistencyProof(a, b, path));
        }));
    }

    /**
     * A proof over the tree of {@code size} leaves: the retention horizon's compact range, then the
     * recorded leaf hashes streamed a page at a time through a {@link StreamedProof}, which keeps
     * only the few range hashes the proof needs.
     */
    private Uni<List<byte[]>> proof(long size, Function<Subtrees, List<byte[]>> build) {
        return store.horizon().chain(horizon -> (horizon == 0
                ? Uni.createFrom().item(new CompactRange())
                : store.checkpoint(horizon).map(found -> found.map(Checkpoint::compactRange)
                        .orElseThrow(() -> new IllegalStateException("no checkpoint at the retention horizon"))))
                .map(removed -> {
                    try {
                        return new StreamedProof(removed, size, build);
                    } catch (Subtrees.RemovedByRetentionException e) {
                        throw new ProblemException(ProblemType.GONE, e.getMessage());
                    }
                })
                .chain(this::stream)
                .map(StreamedProof::build));
    }

    private Uni<StreamedProof> stream(StreamedProof proof) {
        return Multi.createBy().repeating().uni(() -> page(proof)).whilst(more -> more)
                .collect().last().replaceWith(proof);
    }

    /** Offers one page of leaf hashes; true when more are needed. */
    private Uni<Boolean> page(StreamedProof proof) {
        long next = proof.nextSeq();
        long end = proof.end();
        if (next >= end) {
            return Uni.createFrom().item(false);
        }
        int pageSize = config.verifyPageSize();
        return store.leafHashes(next, end, pageSize).map(hashes -> {
            long expected = next;
            for (TrailStore.IndexedHash hash : hashes) {
                if (hash.seq() != expected) {
                    break;
                }
                proof.accept(hash.seq(), hash.hash());
                expected++;
            }
            if (expected < end && (hashes.size() < pageSize || expected < next + hashes.size())) {
                throw new ProblemException(ProblemType.CONFLICT, "Entry " + expected
                        + " is missing, so no proof can be built: verify the trail");
            }
            return expected < end;
        });
    }
}
