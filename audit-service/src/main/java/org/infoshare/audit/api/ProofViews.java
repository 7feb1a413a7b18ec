package org.infoshare.audit.api;

import org.infoshare.audit.domain.MerkleHash;
import org.infoshare.audit.service.ProofService;

import java.util.List;

/** Proof answers; hashes are lower-case hex, paths in RFC 6962 order (leaf side first). */
final class ProofViews {

    private ProofViews() {
    }

    /** An RFC 6962 audit path of entry {@code seq} in the tree of the given checkpoint. */
    record Inclusion(long seq, long treeSize, String leafHash, List<String> path, CheckpointView checkpoint,
                     TrailEntryView entry) {

        static Inclusion of(ProofService.InclusionProof proof) {
            return new Inclusion(proof.entry().entry().seq(), proof.checkpoint().treeSize(),
                    MerkleHash.hex(proof.leafHash()), proof.path().stream().map(MerkleHash::hex).toList(),
                    CheckpointView.of(proof.checkpoint()), TrailEntryView.of(proof.entry()));
        }
    }

    /** An RFC 6962 consistency proof between two checkpoints. */
    record Consistency(long firstSize, long secondSize, List<String> path, CheckpointView first,
                       CheckpointView second) {

        static Consistency of(ProofService.ConsistencyProof proof) {
            return new Consistency(proof.first().treeSize(), proof.second().treeSize(),
                    proof.path().stream().map(MerkleHash::hex).toList(), CheckpointView.of(proof.first()),
                    CheckpointView.of(proof.second()));
        }
    }

    /**
     * The key that signs checkpoints, and the ids of every key whose checkpoints verify here (it
     * and the verify-only keys of earlier signing keys).
     */
    record SigningKey(String keyId, String algorithm, String publicKey, List<String> verifiesKeyIds) {
    }
}
