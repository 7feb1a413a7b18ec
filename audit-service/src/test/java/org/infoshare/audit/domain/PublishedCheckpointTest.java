package org.infoshare.audit.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** X1: the copy of a checkpoint published outside the database exposes a rewritten or missing row. */
class PublishedCheckpointTest {

    private static final byte[] ROOT = MerkleHash.sha256(new byte[] {1, 2, 3});
    private static final Instant SIGNED_AT = Instant.parse("2026-11-30T03:00:00.123456Z");
    private static final byte[] SIGNATURE = {9, 8, 7, 6};
    private static final Checkpoint STORED = new Checkpoint(42, ROOT, new byte[0], SIGNED_AT, "key-1", SIGNATURE);

    private static PublishedCheckpoint copy(long size, String root, Instant at, String key, String signature) {
        return new PublishedCheckpoint(size, root, at, key, signature);
    }

    private static PublishedCheckpoint faithfulCopy() {
        return copy(42, MerkleHash.hex(ROOT), SIGNED_AT, "key-1", Base64.getEncoder().encodeToString(SIGNATURE));
    }

    @Test
    @DisplayName("X1 a copy equal to the stored checkpoint matches, whatever the case of its hex root")
    void faithfulCopyMatches() {
        assertThat(faithfulCopy().compareWith(Optional.of(STORED))).isEqualTo(PublishedCheckpoint.Verdict.MATCHES);
        PublishedCheckpoint upper = copy(42, MerkleHash.hex(ROOT).toUpperCase(), SIGNED_AT, "key-1",
                Base64.getEncoder().encodeToString(SIGNATURE));
        assertThat(upper.compareWith(Optional.of(STORED))).isEqualTo(PublishedCheckpoint.Verdict.MATCHES);
    }

    @Test
    @DisplayName("X1 a copy whose checkpoint is not in the database is reported missing")
    void missingRow() {
        assertThat(faithfulCopy().compareWith(Optional.empty()))
                .isEqualTo(PublishedCheckpoint.Verdict.MISSING_FROM_DATABASE);
    }

    @Test
    @DisplayName("X1 a stored checkpoint that differs from its copy in any signed field is reported rewritten")
    void anyDifferenceIsReported() {
        String root = MerkleHash.hex(ROOT);
        String signature = Base64.getEncoder().encodeToString(SIGNATURE);
        assertThat(copy(43, root, SIGNED_AT, "key-1", signature).compareWith(Optional.of(STORED)))
                .isEqualTo(PublishedCheckpoint.Verdict.DIFFERS);
        assertThat(copy(42, MerkleHash.hex(MerkleHash.sha256(new byte[] {4})), SIGNED_AT, "key-1", signature)
                .compareWith(Optional.of(STORED))).isEqualTo(PublishedCheckpoint.Verdict.DIFFERS);
        assertThat(copy(42, root, SIGNED_AT.plusNanos(1000), "key-1", signature).compareWith(Optional.of(STORED)))
                .isEqualTo(PublishedCheckpoint.Verdict.DIFFERS);
        assertThat(copy(42, root, SIGNED_AT, "key-2", signature).compareWith(Optional.of(STORED)))
                .isEqualTo(PublishedCheckpoint.Verdict.DIFFERS);
        assertThat(copy(42, root, SIGNED_AT, "key-1", Base64.getEncoder().encodeToString(new byte[] {9, 8, 7}))
                .compareWith(Optional.of(STORED))).isEqualTo(PublishedCheckpoint.Verdict.DIFFERS);
        assertThat(copy(42, root, SIGNED_AT, "key-1", "not base64!").compareWith(Optional.of(STORED)))
                .isEqualTo(PublishedCheckpoint.Verdict.DIFFERS);
    }

    @Test
    @DisplayName("X1 a copy's time is compared to the microsecond, as the checkpoint stores it")
    void timeToTheMicrosecond() {
        PublishedCheckpoint nanos = copy(42, MerkleHash.hex(ROOT), SIGNED_AT.plusNanos(999), "key-1",
                Base64.getEncoder().encodeToString(SIGNATURE));
        assertThat(nanos.compareWith(Optional.of(STORED))).isEqualTo(PublishedCheckpoint.Verdict.MATCHES);
    }
}
