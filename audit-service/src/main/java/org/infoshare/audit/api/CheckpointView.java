package org.infoshare.audit.api;

import org.infoshare.audit.domain.Checkpoint;
import org.infoshare.audit.domain.MerkleHash;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** A signed checkpoint: the statement is the exact UTF-8 text the Ed25519 signature covers. */
public record CheckpointView(long treeSize, String rootHash, Instant signedAt, String keyId, String signature,
                             String statement) {

    static CheckpointView of(Checkpoint checkpoint) {
        return new CheckpointView(checkpoint.treeSize(), MerkleHash.hex(checkpoint.root()), checkpoint.signedAt(),
                checkpoint.keyId(), Base64.getEncoder().encodeToString(checkpoint.signature()),
                new String(checkpoint.statement(), StandardCharsets.UTF_8));
    }
}
