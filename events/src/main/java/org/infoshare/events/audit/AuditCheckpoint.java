package org.infoshare.events.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.DomainEvent;

/**
 * Emitted by audit-service for every signed checkpoint of its tamper-evident trail (X1), so that a
 * copy of each signed tree head lives outside the audit database.
 *
 * @param treeSize Number of trail entries the checkpoint covers.
 * @param rootHash RFC 6962 Merkle tree root over those entries, lower-case hex SHA-256.
 * @param signedAt When the checkpoint was signed.
 * @param keyId Identifier of the Ed25519 key that signed it.
 * @param signature Ed25519 signature over the checkpoint statement, base64.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuditCheckpoint(
        long treeSize,
        String rootHash,
        Instant signedAt,
        String keyId,
        String signature) implements DomainEvent {

    /** The single partition key: checkpoints of the one trail stay in order. */
    public static final String KEY = "trail";

    public AuditCheckpoint {
        requireNonNull(rootHash, "rootHash");
        requireNonNull(signedAt, "signedAt");
        requireNonNull(keyId, "keyId");
        requireNonNull(signature, "signature");
    }

    @Override
    public String partitionKey() {
        return KEY;
    }
}
