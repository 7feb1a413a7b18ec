package org.infoshare.audit.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A signed tree head: the trail's first {@code treeSize} entries have Merkle root {@code root}.
 * The compact range at that size is kept beside it (its root must equal the signed root, so it
 * cannot be forged) so that the next checkpoint and range verification start here.
 */
public record Checkpoint(long treeSize, byte[] root, byte[] frontier, Instant signedAt, String keyId,
                         byte[] signature) {

    public Checkpoint {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(frontier, "frontier");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
        signedAt = signedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** The text that is signed, so anyone with the public key can check it without our code. */
    public static byte[] statement(long treeSize, byte[] root, Instant signedAt, String keyId) {
        return ("infoshare audit trail checkpoint v1\n" + treeSize + "\n" + MerkleHash.hex(root) + "\n"
                + DateTimeFormatter.ISO_INSTANT.format(signedAt.truncatedTo(ChronoUnit.MICROS)) + "\n" + keyId + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    public byte[] statement() {
        return statement(treeSize, root, signedAt, keyId);
    }

    public CompactRange compactRange() {
        return CompactRange.fromBytes(frontier);
    }

    /** Checks a checkpoint's signature (Ed25519 with the trail's public key). */
    public interface SignatureCheck {
        boolean valid(Checkpoint checkpoint);
    }
}
