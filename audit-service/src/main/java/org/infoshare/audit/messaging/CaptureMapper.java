package org.infoshare.audit.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.infoshare.audit.domain.ActorField;
import org.infoshare.audit.domain.Capture;
import org.infoshare.audit.domain.EntryKind;
import org.infoshare.audit.domain.PayloadDigest;
import org.infoshare.events.InvalidEventException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Turns what arrives on Kafka into trail captures: CloudEvents, and dead-lettered records. */
@ApplicationScoped
public class CaptureMapper {

    static final String DEAD_LETTER_TYPE = "dead-letter";

    private final ObjectMapper json = new ObjectMapper();

    /** A platform event: its envelope, its actor (when the type names one) and the digest of its data. */
    public Capture event(CloudEvent envelope, String topic, long recordTimestamp) {
        byte[] data = envelope.getData() == null ? new byte[0] : envelope.getData().toBytes();
        UUID eventId;
        try {
            eventId = UUID.fromString(envelope.getId());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("the id attribute is not a UUID");
        }
        Instant time = envelope.getTime() == null ? Instant.ofEpochMilli(recordTimestamp) : envelope.getTime().toInstant();
        return new Capture(EntryKind.EVENT, eventId, envelope.getType(), envelope.getSource().toString(),
                envelope.getSubject(), actor(data), time, topic, null, null, null, PayloadDigest.sha256(data));
    }

    /**
     * A record another service could not read and parked on its dead-letter topic: not a
     * CloudEvent, so it is kept by where it lies (topic, partition, offset, which also make its
     * id), the reason header, its key (a pseudonymous subject id by the platform's keying) and
     * the digest of the raw value.
     */
    public Capture deadLetter(String topic, int partition, long offset, long timestamp, String key, Headers headers,
                              byte[] value) {
        UUID id = UUID.nameUUIDFromBytes(("dead-letter:" + topic + ":" + partition + ":" + offset)
                .getBytes(StandardCharsets.UTF_8));
        String reason = header(headers, "dead-letter-reason");
        String origin = header(headers, "dead-letter-topic");
        if (origin != null) {
            reason = (reason == null ? "no reason given" : reason) + " (from " + origin + ", partition "
                    + header(headers, "dead-letter-partition") + ", offset " + header(headers, "dead-letter-offset") + ")";
        }
        return new Capture(EntryKind.DEAD_LETTER, id, DEAD_LETTER_TYPE, "kafka:" + topic, key, null,
                Instant.ofEpochMilli(timestamp), topic, partition, offset, reason,
                PayloadDigest.sha256(value == null ? new byte[0] : value));
    }

    private String actor(byte[] data) {
        if (data.length == 0) {
            return null;
        }
        try {
            JsonNode node = json.readTree(data);
            for (String field : ActorField.NAMES) {
                JsonNode actor = node.get(field);
                if (actor != null && actor.isTextual()) {
                    return actor.asText();
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String header(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
