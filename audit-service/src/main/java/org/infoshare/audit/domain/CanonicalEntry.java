package org.infoshare.audit.domain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The one deterministic byte encoding of a trail entry that the Merkle tree hashes. Every stored
 * field is in it, in a fixed order, so verification recomputes it from the table alone and any
 * change to a column (or moving a row to another position: the leaf index is included) changes
 * the leaf hash.
 *
 * <pre>
 * "infoshare-trail-entry/1" 0x00
 * seq (8 bytes) | kind | event id (16 bytes) | type | source | subject | actor
 * | occurred_at (8 bytes, epoch microseconds) | topic | partition (4 bytes, -1 = none)
 * | offset (8 bytes, -1 = none) | reason | payload sha256 | recorded_at (8 bytes, epoch microseconds)
 * </pre>
 * Text fields are a 4-byte length (-1 for null) followed by UTF-8; numbers are big-endian.
 */
public final class CanonicalEntry {

    private static final byte[] DOMAIN = "infoshare-trail-entry/1\0".getBytes(StandardCharsets.US_ASCII);

    private CanonicalEntry() {
    }

    public static byte[] encode(TrailEntry entry) {
        Writer out = new Writer();
        out.raw(DOMAIN);
        out.int64(entry.seq());
        out.text(entry.kind().code());
        out.uuid(entry.eventId());
        out.text(entry.type());
        out.text(entry.source());
        out.text(entry.subject());
        out.text(entry.actor());
        out.int64(micros(entry.occurredAt()));
        out.text(entry.topic());
        out.int32(entry.partition() == null ? -1 : entry.partition());
        out.int64(entry.offset() == null ? -1 : entry.offset());
        out.text(entry.reason());
        out.text(entry.payloadSha256());
        out.int64(micros(entry.recordedAt()));
        return out.bytes();
    }

    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        private final ByteBuffer scratch = ByteBuffer.allocate(16);

        void raw(byte[] bytes) {
            out.writeBytes(bytes);
        }

        void int32(int value) {
            scratch.clear();
            scratch.putInt(value);
            out.write(scratch.array(), 0, 4);
        }

        void int64(long value) {
            scratch.clear();
            scratch.putLong(value);
            out.write(scratch.array(), 0, 8);
        }

        void uuid(UUID value) {
            scratch.clear();
            scratch.putLong(value.getMostSignificantBits()).putLong(value.getLeastSignificantBits());
            out.write(scratch.array(), 0, 16);
        }

        void text(String value) {
            if (value == null) {
                int32(-1);
                return;
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            int32(bytes.length);
            out.writeBytes(bytes);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
