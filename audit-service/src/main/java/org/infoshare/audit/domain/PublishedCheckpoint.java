package org.infoshare.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The copy of a signed checkpoint published on {@code audit-checkpoints} (X1): it lives outside
 * the audit database, so a checkpoint row rewritten or removed there no longer matches its copy.
 */
public record PublishedCheckpoint(long treeSize, String rootHash, Instant signedAt, String keyId, String signature) {

    /** How a stored checkpoint compares with its published copy. */
    public enum Verdict {
        MATCHES,
        /** The database has no checkpoint of this tree size: removed, or the database was restored from before it. */
        MISSING_FROM_DATABASE,
        /** Same tree size, but a different root, time, key or signature: the row was rewritten. */
        DIFFERS
    }

    public PublishedCheckpoint {
        Objects.requireNonNull(rootHash, "rootHash");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
    }

    public Verdict compareWith(Optional<Checkpoint> stored) {
        if (stored.isEmpty()) {
            return Verdict.MISSING_FROM_DATABASE;
        }
        Checkpoint row = stored.get();
        boolean same = row.treeSize() == treeSize
                && MerkleHash.hex(row.root()).equalsIgnoreCase(rootHash)
                && row.signedAt().equals(signedAt.truncatedTo(ChronoUnit.MICROS))
                && row.keyId().equals(keyId)
                && Arrays.equals(row.signature(), decodedSignature());
        return same ? Verdict.MATCHES : Verdict.DIFFERS;
    }

    private byte[] decodedSignature() {
        try {
            return Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }
}
