package org.infoshare.audit.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.infoshare.audit.service.CheckpointService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * X1 against the real database: each kind of tampering, done by SQL with the owner's rights, is
 * reported by verification at the exact entry or as a checkpoint mismatch; then undone, after
 * which the trail verifies again. The runtime role cannot tamper at all.
 */
@QuarkusTest
class TrailTamperTest {

    @Inject
    CheckpointService checkpoints;

    private final TrailFixture fixture = new TrailFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    @DisplayName("X1 a clean trail verifies, with its signed checkpoints")
    void cleanTrailVerifies() throws Throwable {
        String subject = UUID.randomUUID().toString();
        fixture.accessed(subject, "staff-7");
        TrailFixture.awaitSeqs(subject, 1);
        checkpoint();
        JsonPath report = TrailFixture.verify();
        assertThat(report.getBoolean("ok")).as(report.prettify()).isTrue();
        assertThat(report.getInt("checkpointsChecked")).isPositive();
        assertThat(report.getLong("entriesChecked")).isPositive();
    }

    @Test
    @DisplayName("X1 a payload digest changed by SQL UPDATE is reported at that entry")
    void updatedPayload() throws Throwable {
        long target = prepare(3).get(1);
        try (Connection owner = TrailFixture.owner()) {
            TrailFixture.holdAppends(owner, true);
            String original = text(owner, "SELECT payload_sha256 FROM trail_entry WHERE seq = " + target);
            TrailFixture.update(owner, "UPDATE trail_entry SET payload_sha256 = repeat('0', 64) WHERE seq = " + target);
            try {
                assertFailure(TrailFixture.verify(), "ENTRY_ALTERED", target);
            } finally {
                TrailFixture.update(owner, "UPDATE trail_entry SET payload_sha256 = '" + original + "' WHERE seq = " + target);
                TrailFixture.holdAppends(owner, false);
            }
        }
        assertThat(TrailFixture.verify().getBoolean("ok")).isTrue();
    }

    @Test
    @DisplayName("X1 an entry deleted by SQL is reported missing at its index")
    void deletedEntry() throws Throwable {
        long target = prepare(3).get(1);
        try (Connection owner = TrailFixture.owner()) {
            TrailFixture.holdAppends(owner, true);
            TrailFixture.update(owner, "CREATE TEMP TABLE saved AS SELECT * FROM trail_entry WHERE seq = " + target);
            TrailFixture.update(owner, "DELETE FROM trail_entry WHERE seq = " + target);
            try {
                assertFailure(TrailFixture.verify(), "ENTRY_MISSING", target);
            } finally {
                TrailFixture.update(owner, "INSERT INTO trail_entry SELECT * FROM saved");
                TrailFixture.holdAppends(owner, false);
            }
        }
        assertThat(TrailFixture.verify().getBoolean("ok")).isTrue();
    }

    @Test
    @DisplayName("X1 two entries swapped by SQL are reported at the first of them")
    void swappedEntries() throws Throwable {
        List<Long> seqs = prepare(3);
        long a = seqs.get(0);
        long b = seqs.get(2);
        try (Connection owner = TrailFixture.owner()) {
            TrailFixture.holdAppends(owner, true);
            swap(owner, a, b);
            try {
                assertFailure(TrailFixture.verify(), "ENTRY_ALTERED", a);
            } finally {
                swap(owner, a, b);
                TrailFixture.holdAppends(owner, false);
            }
        }
        assertThat(TrailFixture.verify().getBoolean("ok")).isTrue();
    }

    @Test
    @DisplayName("X1 the tail truncated after a checkpoint is reported as a checkpoint mismatch")
    void truncatedTail() throws Throwable {
        long first = prepare(3).get(0);
        try (Connection owner = TrailFixture.owner()) {
            TrailFixture.holdAppends(owner, true);
            checkpoint(); // signs everything there is, so the truncated entries are all under a checkpoint
            TrailFixture.update(owner, "CREATE TEMP TABLE tail AS SELECT * FROM trail_entry WHERE seq >= " + first);
            TrailFixture.update(owner, "DELETE FROM trail_entry WHERE seq >= " + first);
            try {
                JsonPath report = TrailFixture.verify();
                assertThat(report.getBoolean("ok")).isFalse();
                assertThat(report.getString("failure.problem")).isEqualTo("CHECKPOINT_MISMATCH");
                assertThat(report.getLong("failure.checkpointSize")).isGreaterThan(first);
                assertThat(report.getLong("to")).isEqualTo(first - 1);
            } finally {
                TrailFixture.update(owner, "INSERT INTO trail_entry SELECT * FROM tail");
                TrailFixture.holdAppends(owner, false);
            }
        }
        assertThat(TrailFixture.verify().getBoolean("ok")).isTrue();
    }

    @Test
    @DisplayName("X1 an entry rewritten together with its recorded hash is caught by the signed checkpoint root")
    void rewrittenWithItsHash() throws Throwable {
        long target = prepare(2).get(0);
        try (Connection owner = TrailFixture.owner()) {
            TrailFixture.holdAppends(owner, true);
            String subject = text(owner, "SELECT subject FROM trail_entry WHERE seq = " + target);
            String leaf = text(owner, "SELECT encode(leaf_hash, 'hex') FROM trail_entry WHERE seq = " + target);
            // A forger who knows the encoding rewrites the recorded hash too, so every entry checks out.
            TrailFixture.update(owner, "UPDATE trail_entry SET subject = 'forged' WHERE seq = " + target);
            String forgedLeaf = recomputedLeaf(owner, target);
            TrailFixture.update(owner, "UPDATE trail_entry SET leaf_hash = decode('" + forgedLeaf + "', 'hex') WHERE seq = " + target);
            try {
                JsonPath report = TrailFixture.verify();
                assertThat(report.getBoolean("ok")).isFalse();
                assertThat(report.getString("failure.problem")).isEqualTo("CHECKPOINT_MISMATCH");
                assertThat(report.getLong("failure.checkpointSize")).isGreaterThan(target);
            } finally {
                TrailFixture.update(owner, "UPDATE trail_entry SET subject = '" + subject + "', leaf_hash = decode('"
                        + leaf + "', 'hex') WHERE seq = " + target);
                TrailFixture.holdAppends(owner, false);
            }
        }
        assertThat(TrailFixture.verify().getBoolean("ok")).isTrue();
    }

    @Test
    @DisplayName("X1 the service's database role can neither update nor delete trail entries, nor remove them unrecorded")
    void runtimeRoleCannotTamper() throws Throwable {
        long target = prepare(1).get(0);
        try (Connection runtime = TrailFixture.runtime()) {
            assertThatThrownBy(() -> TrailFixture.update(runtime, "UPDATE trail_entry SET reason = 'x' WHERE seq = " + target))
                    .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
            assertThatThrownBy(() -> TrailFixture.update(runtime, "DELETE FROM trail_entry WHERE seq = " + target))
                    .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
            assertThatThrownBy(() -> TrailFixture.update(runtime, "UPDATE trail_checkpoint SET tree_size = 0"))
                    .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
            assertThatThrownBy(() -> TrailFixture.update(runtime, "SELECT trail_remove_expired(" + (target + 1) + ")"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("no recorded retention step");
        }
        assertThat(TrailFixture.verify().getBoolean("ok")).isTrue();
    }

    /** Appends {@code count} entries for a fresh subject and signs them; returns their indexes. */
    private List<Long> prepare(int count) throws Throwable {
        String subject = UUID.randomUUID().toString();
        for (int i = 0; i < count; i++) {
            fixture.accessed(subject, "staff-" + i);
        }
        List<Long> seqs = TrailFixture.awaitSeqs(subject, count);
        checkpoint();
        return seqs;
    }

    private void checkpoint() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> checkpoints.checkpointNow());
    }

    private static void swap(Connection owner, long a, long b) throws SQLException {
        TrailFixture.update(owner, "UPDATE trail_entry SET seq = -1 WHERE seq = " + a);
        TrailFixture.update(owner, "UPDATE trail_entry SET seq = " + a + " WHERE seq = " + b);
        TrailFixture.update(owner, "UPDATE trail_entry SET seq = " + b + " WHERE seq = -1");
    }

    private static void assertFailure(JsonPath report, String problem, long seq) {
        assertThat(report.getBoolean("ok")).as(report.prettify()).isFalse();
        assertThat(report.getString("failure.problem")).isEqualTo(problem);
        assertThat(report.getLong("failure.seq")).isEqualTo(seq);
    }

    private static String text(Connection conn, String sql) throws SQLException {
        try (PreparedStatement statement = conn.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** What a forger with the code would compute: the canonical leaf hash of the row as it now is. */
    private static String recomputedLeaf(Connection conn, long seq) throws SQLException {
        try (PreparedStatement statement = conn.prepareStatement("SELECT seq, kind, event_id, event_type, source, "
                + "subject, actor, occurred_at, topic, kafka_partition, kafka_offset, reason, payload_sha256, recorded_at "
                + "FROM trail_entry WHERE seq = " + seq); ResultSet r = statement.executeQuery()) {
            r.next();
            var entry = new org.infoshare.audit.domain.TrailEntry(r.getLong(1),
                    org.infoshare.audit.domain.EntryKind.fromCode(r.getString(2)), r.getObject(3, UUID.class),
                    r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                    r.getObject(8, java.time.OffsetDateTime.class).toInstant(), r.getString(9),
                    (Integer) r.getObject(10), (Long) r.getObject(11), r.getString(12), r.getString(13),
                    r.getObject(14, java.time.OffsetDateTime.class).toInstant());
            return org.infoshare.audit.domain.MerkleHash.hex(entry.leafHash());
        }
    }
}
