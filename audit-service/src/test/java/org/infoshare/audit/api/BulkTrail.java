package org.infoshare.audit.api;

import org.infoshare.audit.domain.Checkpoint;
import org.infoshare.audit.domain.CompactRange;
import org.infoshare.audit.service.TrailSigner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Loads a long trail straight into the table with set-based SQL, as the owner: one
 * {@code INSERT ... SELECT generate_series} whose leaf hashes PostgreSQL computes itself with the
 * canonical encoding ({@code domain.CanonicalEntry}: length-prefixed UTF-8 text, big-endian
 * numbers, the leaf index included) and SHA-256. Verification recomputes every leaf in Java, so
 * an encoding mistake here shows as ENTRY_ALTERED. Then signs checkpoints over it, streaming the
 * stored leaf hashes through a compact range.
 */
final class BulkTrail {

    /** 2026-01-01T00:00:00Z in epoch microseconds; entry s occurred s milliseconds later. */
    private static final long T0_MICROS = 1_767_225_600_000_000L;

    private BulkTrail() {
    }

    /** Appends {@code count} entries after the last one, holding the appender back meanwhile; returns the first index. */
    static long load(Connection owner, long count) throws SQLException {
        TrailFixture.holdAppends(owner, true);
        try (Statement statement = owner.createStatement()) {
            long first;
            try (ResultSet rows = statement.executeQuery("""
                    SELECT greatest((SELECT coalesce(max(seq) + 1, 0) FROM trail_entry),
                                    (SELECT coalesce(max(tree_size), 0) FROM trail_checkpoint))""")) {
                rows.next();
                first = rows.getLong(1);
            }
            statement.executeUpdate("""
                    INSERT INTO trail_entry (seq, kind, event_id, event_type, source, subject, actor, occurred_at,
                                             topic, kafka_partition, kafka_offset, reason, payload_sha256,
                                             recorded_at, leaf_hash)
                    SELECT seq, kind, event_id, event_type, source, subject, actor, %s, topic, NULL, NULL, NULL,
                           payload, %s,
                           sha256('\\x00'::bytea || convert_to('infoshare-trail-entry/1', 'UTF8') || '\\x00'::bytea
                                  || int8send(seq) || %s || uuid_send(event_id) || %s || %s || %s || %s
                                  || int8send(occurred) || %s || int4send(-1) || int8send(-1::bigint)
                                  || int4send(-1) || %s || int8send(recorded))
                    FROM (SELECT s AS seq, 'event' AS kind, ('b0b0b0b0' || lpad(to_hex(s), 24, '0'))::uuid AS event_id,
                                 'org.infoshare.bulk-filler' AS event_type, 'urn:infoshare:bulk' AS source,
                                 'bulk-' || (s %% 1000) AS subject, 'staff-' || (s %% 7) AS actor,
                                 'test.bulk' AS topic, encode(sha256(int8send(s)), 'hex') AS payload,
                                 %d + s * 1000 AS occurred, %d + s * 1000 + 500 AS recorded
                          FROM generate_series(%d, %d) AS s) AS e
                    """.formatted(timestamp("occurred"), timestamp("recorded"), text("kind"), text("event_type"),
                    text("source"), text("subject"), text("actor"), text("topic"), text("payload"),
                    T0_MICROS, T0_MICROS, first, first + count - 1));
            statement.execute("ANALYZE trail_entry");
            return first;
        } finally {
            TrailFixture.holdAppends(owner, false);
        }
    }

    /**
     * Signs a checkpoint every {@code every} leaves up to {@code size} (and at {@code size}),
     * reading the stored leaf hashes through a cursor: only the compact range is held.
     *
     * @return the number of checkpoints written
     */
    static int sign(Connection owner, TrailSigner signer, long size, long every) throws SQLException {
        owner.setAutoCommit(false);
        int written = 0;
        try (PreparedStatement leaves = owner.prepareStatement(
                "SELECT seq, leaf_hash FROM trail_entry WHERE seq < ? ORDER BY seq");
             PreparedStatement insert = owner.prepareStatement("INSERT INTO trail_checkpoint "
                     + "(tree_size, root_hash, frontier, signed_at, key_id, signature) VALUES (?, ?, ?, ?, ?, ?)")) {
            leaves.setFetchSize(10_000);
            leaves.setLong(1, size);
            Instant signedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            CompactRange range = new CompactRange();
            try (ResultSet rows = leaves.executeQuery()) {
                while (rows.next()) {
                    if (rows.getLong(1) != range.size()) {
                        throw new IllegalStateException("the trail has a hole at " + range.size());
                    }
                    range.append(rows.getBytes(2));
                    if (range.size() % every == 0 || range.size() == size) {
                        byte[] root = range.root();
                        insert.setLong(1, range.size());
                        insert.setBytes(2, root);
                        insert.setBytes(3, range.toBytes());
                        insert.setObject(4, OffsetDateTime.ofInstant(signedAt, ZoneOffset.UTC));
                        insert.setString(5, signer.keyId());
                        insert.setBytes(6, signer.sign(Checkpoint.statement(range.size(), root, signedAt, signer.keyId())));
                        insert.addBatch();
                        if (++written % 1000 == 0) {
                            insert.executeBatch();
                        }
                    }
                }
            }
            insert.executeBatch();
            owner.commit();
            return written;
        } finally {
            owner.setAutoCommit(true);
        }
    }

    /** epoch microseconds → timestamptz, exactly (no floating point on the way). */
    private static String timestamp(String micros) {
        return "(timestamptz 'epoch' + (" + micros + " / 1000000) * interval '1 second' + (" + micros
                + " % 1000000) * interval '1 microsecond')";
    }

    /** CanonicalEntry's text field: 4-byte length, then UTF-8 (-1 for null). */
    private static String text(String column) {
        return "(CASE WHEN " + column + " IS NULL THEN int4send(-1) ELSE int4send(octet_length(convert_to(" + column
                + ", 'UTF8'))) || convert_to(" + column + ", 'UTF8') END)";
    }
}
