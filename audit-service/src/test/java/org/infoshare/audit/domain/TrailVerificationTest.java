package org.infoshare.audit.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** X1: what verification reports for each kind of tampering, on entries held in memory. */
class TrailVerificationTest {

    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00.123456Z");
    private static final Checkpoint.SignatureCheck SIGNED = checkpoint -> checkpoint.keyId().equals("k");

    @Test
    @DisplayName("X1 a clean trail verifies, with every checkpoint root recomputed")
    void cleanTrailVerifies() {
        List<RecordedEntry> trail = trail(20);
        VerificationReport report = verify(trail, checkpoints(trail, 7, 16, 20));
        assertThat(report.ok()).isTrue();
        assertThat(report.entriesChecked()).isEqualTo(20);
        assertThat(report.checkpointsChecked()).isEqualTo(3);
        assertThat(report.failure()).isNull();
    }

    @Test
    @DisplayName("X1 every stored field is in the hashed bytes: changing any one shows at that entry")
    void everyFieldCounts() {
        TrailEntry e = entry(5);
        byte[] original = e.leafHash();
        List<TrailEntry> variants = List.of(
                new TrailEntry(6, e.kind(), e.eventId(), e.type(), e.source(), e.subject(), e.actor(), e.occurredAt(), e.topic(), e.partition(), e.offset(), e.reason(), e.payloadSha256(), e.recordedAt()),
                new TrailEntry(5, EntryKind.DEAD_LETTER, e.eventId(), e.type(), e.source(), e.subject(), e.actor(), e.occurredAt(), e.topic(), e.partition(), e.offset(), e.reason(), e.payloadSha256(), e.recordedAt()),
                new TrailEntry(5, e.kind(), UUID.randomUUID(), e.type(), e.source(), e.subject(), e.actor(), e.occurredAt(), e.topic(), e.partition(), e.offset(), e.reason(), e.payloadSha256(), e.recordedAt()),
                new TrailEntry(5, e.kind(), e.eventId(), e.type() + "x", e.source(), e.subject(), e.actor(), e.occurredAt(), e.topic(), e.partition(), e.offset(), e.reason(), e.payloadSha256(), e.recordedAt()),
                new TrailEntry(5, e.kind(), e.eventId(), e.type(), e.source() + "x", e.subject(), e.actor(), e.occurredAt(), e.topic(), e.partition(), e.offset(), e.reason(), e.payloadSha256(), e.recordedAt()),
                new TrailEntry(5, e.kind(), e.eventId(), e.type(), e.source(), null, e.actor(), e.occurredAt(), e.topic(), e.partition(), e.offset(), e.reason(), e.payloadSha256(), e.recordedAt()),
                new TrailEntry(5, e.kind(), e.eventId(), e.type(), e.source(), e.subject(), "other", e.occurredAt(), e.topic(), e.partition(), e.offset(), e.reason(), e.payloadSha256(), e.recordedAt()),
                new TrailEntry(5, e.kind(), e.eventId(), e.type(), e.source(), e.subject(), e.actor(), e.occurredAt().plusNanos(1000), e.topic(), e.partition(), e.offset(), e.reason(), e.payloadSha256(), e.recordedAt()),
                new TrailEntry(5, e.kind(), e.eventId(), e.type(), e.source(), e.subject(), e.actor(), e.occurredAt(), "t2", e.partition(), e.offset(), e.reason(), e.payloadSha256(), e.recordedAt()),
                new TrailEntry(5, e.kind(), e.eventId(), e.type(), e.source(), e.subject(), e.actor(), e.occurredAt(), e.topic(), 1, e.offset(), e.reason(), e.payloadSha256(), e.recordedAt()),
                new TrailEntry(5, e.kind(), e.eventId(), e.type(), e.source(), e.subject(), e.actor(), e.occurredAt(), e.topic(), e.partition(), 7L, e.reason(), e.payloadSha256(), e.recordedAt()),
                new TrailEntry(5, e.kind(), e.eventId(), e.type(), e.source(), e.subject(), e.actor(), e.occurredAt(), e.topic(), e.partition(), e.offset(), "why", e.payloadSha256(), e.recordedAt()),
                new TrailEntry(5, e.kind(), e.eventId(), e.type(), e.source(), e.subject(), e.actor(), e.occurredAt(), e.topic(), e.partition(), e.offset(), e.reason(), "0".repeat(64), e.recordedAt()),
                new TrailEntry(5, e.kind(), e.eventId(), e.type(), e.source(), e.subject(), e.actor(), e.occurredAt(), e.topic(), e.partition(), e.offset(), e.reason(), e.payloadSha256(), e.recordedAt().plusSeconds(1)));
        variants.forEach(variant -> assertThat(variant.leafHash()).isNotEqualTo(original));
        assertThat(entry(5).leafHash()).isEqualTo(original);
    }

    @Test
    @DisplayName("X1 a changed payload digest is reported at that exact entry")
    void changedEntry() {
        List<RecordedEntry> trail = trail(12);
        List<Checkpoint> checkpoints = checkpoints(trail, 12);
        TrailEntry e = trail.get(4).entry();
        trail.set(4, new RecordedEntry(new TrailEntry(e.seq(), e.kind(), e.eventId(), e.type(), e.source(), e.subject(),
                e.actor(), e.occurredAt(), e.topic(), e.partition(), e.offset(), e.reason(), "f".repeat(64),
                e.recordedAt()), trail.get(4).leafHash()));
        assertFailure(verify(trail, checkpoints), VerificationReport.Problem.ENTRY_ALTERED, 4L, null);
    }

    @Test
    @DisplayName("X1 a deleted entry is reported as missing at its index")
    void deletedEntry() {
        List<RecordedEntry> trail = trail(12);
        List<Checkpoint> checkpoints = checkpoints(trail, 12);
        trail.remove(7);
        assertFailure(verify(trail, checkpoints), VerificationReport.Problem.ENTRY_MISSING, 7L, null);
    }

    @Test
    @DisplayName("X1 two swapped entries are reported at the first of them")
    void swappedEntries() {
        List<RecordedEntry> trail = trail(12);
        List<Checkpoint> checkpoints = checkpoints(trail, 12);
        RecordedEntry a = trail.get(3);
        RecordedEntry b = trail.get(4);
        trail.set(3, new RecordedEntry(renumber(b.entry(), 3), b.leafHash()));
        trail.set(4, new RecordedEntry(renumber(a.entry(), 4), a.leafHash()));
        assertFailure(verify(trail, checkpoints), VerificationReport.Problem.ENTRY_ALTERED, 3L, null);
    }

    @Test
    @DisplayName("X1 a tail truncated after a checkpoint is a checkpoint mismatch")
    void truncatedTail() {
        List<RecordedEntry> trail = trail(12);
        List<Checkpoint> checkpoints = checkpoints(trail, 5, 12);
        List<RecordedEntry> truncated = new ArrayList<>(trail.subList(0, 9));
        assertFailure(verify(truncated, checkpoints), VerificationReport.Problem.CHECKPOINT_MISMATCH, null, 12L);
    }

    @Test
    @DisplayName("X1 an entry rewritten together with its recorded hash is caught by the signed root")
    void rewrittenWithHash() {
        List<RecordedEntry> trail = trail(12);
        List<Checkpoint> checkpoints = checkpoints(trail, 4, 10);
        TrailEntry e = trail.get(6).entry();
        TrailEntry forged = new TrailEntry(e.seq(), e.kind(), e.eventId(), e.type(), e.source(), "someone-else",
                e.actor(), e.occurredAt(), e.topic(), e.partition(), e.offset(), e.reason(), e.payloadSha256(),
                e.recordedAt());
        trail.set(6, new RecordedEntry(forged, forged.leafHash()));
        assertFailure(verify(trail, checkpoints), VerificationReport.Problem.CHECKPOINT_MISMATCH, null, 10L);
    }

    @Test
    @DisplayName("X1 a checkpoint whose signature does not verify is reported")
    void badSignature() {
        List<RecordedEntry> trail = trail(6);
        Checkpoint good = checkpoints(trail, 6).get(0);
        Checkpoint forged = new Checkpoint(good.treeSize(), good.root(), good.frontier(), good.signedAt(), "other",
                good.signature());
        assertFailure(verify(trail, List.of(forged)), VerificationReport.Problem.CHECKPOINT_SIGNATURE, null, 6L);
    }

    @Test
    @DisplayName("X1 checkpoints handed over a page at a time as the entries stream give the same report as all at once")
    void checkpointsOfferedAsTheEntriesStream() {
        List<RecordedEntry> trail = trail(40);
        List<Checkpoint> all = checkpoints(trail, 3, 4, 9, 16, 17, 25, 40);
        TrailVerification streamed = new TrailVerification(new CompactRange(), SIGNED);
        int offered = 0;
        for (int page = 0; page * 8 < trail.size(); page++) {
            int end = Math.min(page * 8 + 8, trail.size());
            while (offered < all.size() && all.get(offered).treeSize() <= end) {
                streamed.offer(List.of(all.get(offered++)));
            }
            trail.subList(page * 8, end).forEach(r -> streamed.accept(r.entry(), r.leafHash()));
        }
        assertThat(streamed.finish(true)).isEqualTo(verify(trail, all));
        assertThat(streamed.finish(true).checkpointsChecked()).isEqualTo(7);

        TrailVerification late = new TrailVerification(new CompactRange(), SIGNED);
        trail.subList(0, 10).forEach(r -> late.accept(r.entry(), r.leafHash()));
        assertThatThrownBy(() -> late.offer(List.of(all.get(2)))).isInstanceOf(IllegalStateException.class);
    }

    private static void assertFailure(VerificationReport report, VerificationReport.Problem problem, Long seq,
                                      Long checkpoint) {
        assertThat(report.ok()).isFalse();
        assertThat(report.failure().problem()).isEqualTo(problem);
        assertThat(report.failure().seq()).isEqualTo(seq);
        assertThat(report.failure().checkpointSize()).isEqualTo(checkpoint);
    }

    private static VerificationReport verify(List<RecordedEntry> trail, List<Checkpoint> checkpoints) {
        TrailVerification verification = new TrailVerification(new CompactRange(), checkpoints, SIGNED);
        for (RecordedEntry recorded : trail) {
            if (!verification.accept(recorded.entry(), recorded.leafHash())) {
                break;
            }
        }
        return verification.finish(true);
    }

    static List<RecordedEntry> trail(int size) {
        List<RecordedEntry> trail = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            TrailEntry entry = entry(i);
            trail.add(new RecordedEntry(entry, entry.leafHash()));
        }
        return trail;
    }

    static List<Checkpoint> checkpoints(List<RecordedEntry> trail, int... sizes) {
        List<Checkpoint> checkpoints = new ArrayList<>();
        CompactRange range = new CompactRange();
        int next = 0;
        for (int size : sizes) {
            while (range.size() < size) {
                range.append(trail.get(next++).leafHash());
            }
            checkpoints.add(new Checkpoint(size, range.root(), range.toBytes(), T0, "k", new byte[64]));
        }
        return checkpoints;
    }

    private static TrailEntry renumber(TrailEntry e, long seq) {
        return new TrailEntry(seq, e.kind(), e.eventId(), e.type(), e.source(), e.subject(), e.actor(), e.occurredAt(),
                e.topic(), e.partition(), e.offset(), e.reason(), e.payloadSha256(), e.recordedAt());
    }

    static TrailEntry entry(long seq) {
        UUID id = UUID.nameUUIDFromBytes(("event " + seq).getBytes());
        return new TrailEntry(seq, EntryKind.EVENT, id, "org.infoshare.consent-given.v1", "urn:infoshare:consent-service",
                "subject-" + seq % 3, "staff-1", T0.plusSeconds(seq), "consent-events", null, null, null,
                PayloadDigest.sha256(("payload " + seq).getBytes()), T0.plusSeconds(seq + 1));
    }

    static boolean same(byte[] a, byte[] b) {
        return Arrays.equals(a, b);
    }
}
