package org.infoshare.audit.messaging;

import io.cloudevents.CloudEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.infoshare.audit.domain.Capture;
import org.infoshare.audit.service.TrailService;
import org.infoshare.events.InvalidEventException;
import org.infoshare.messaging.deadletter.Replayable;
import org.infoshare.messaging.deadletter.ReplayedRecord;
import org.infoshare.messaging.inbox.ConsumerRetry;
import org.infoshare.messaging.inbox.IncomingEvents;
import org.infoshare.messaging.inbox.RefusedEventException;

import java.util.Set;

/**
 * Feeds every event of every topic, and every record the other services dead-lettered, into the
 * trail. Records are handed to the single-writer appender without waiting for their transaction,
 * so many records share one (group commit); each record is acknowledged only once its entry is
 * committed (the throttled commit strategy commits offsets in order), and the appender holds the
 * consumers back when its queue is full; a database outage is retried there until it passes (the
 * records stay unacknowledged meanwhile). A record that is not a CloudEvent is nacked and moved to
 * audit's own dead-letter topic by the channel's failure strategy; audit does not consume that
 * topic, so nothing loops. An operator's replay of a record on that topic ({@link Replayable})
 * captures it into the trail as the channel would have, once (the trail claims event ids).
 * <p>
 * The same reading of consent-events answers a subject-access-verified with this service's part
 * (P12.2) before the record is acknowledged: one group per topic, so a poison record is
 * dead-lettered once and its replay has one consumer to go to.
 */
@ApplicationScoped
public class TrailConsumer implements Replayable {

    private final IncomingEvents incoming;
    private final CaptureMapper captures;
    private final TrailService trail;
    private final ConsumerRetry retry;
    private final SubjectAccessAnswers subjectAccess;

    public TrailConsumer(IncomingEvents incoming, CaptureMapper captures, TrailService trail, ConsumerRetry retry,
                         SubjectAccessAnswers subjectAccess) {
        this.incoming = incoming;
        this.subjectAccess = subjectAccess;
        this.retry = retry;
        this.captures = captures;
        this.trail = trail;
    }

    @Incoming("trail-in")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> capture(Message<byte[]> message) {
        IncomingKafkaRecordMetadata<?, ?> record = metadata(message);
        CloudEvent envelope;
        Capture capture;
        try {
            envelope = incoming.authentic(message.getPayload());
            capture = captures.event(envelope, record.getTopic(), record.getTimestamp().toEpochMilli());
        } catch (InvalidEventException | RefusedEventException e) {
            return Uni.createFrom().completionStage(message.nack(retry.refuse("audit-trail", e)));
        }
        return subjectAccess.answer(record, envelope, message.getPayload())
                .onItemOrFailure().transformToUni((answered, failure) -> failure == null ? record(message, capture)
                        : Uni.createFrom().completionStage(message.nack(failure)));
    }

    @Incoming("dead-letters-in")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> captureDeadLetter(Message<byte[]> message) {
        IncomingKafkaRecordMetadata<?, ?> record = metadata(message);
        Object key = record.getKey();
        return record(message, captures.deadLetter(record.getTopic(), record.getPartition(), record.getOffset(),
                record.getTimestamp().toEpochMilli(), key == null ? null : key.toString(), record.getHeaders(),
                message.getPayload()));
    }

    private Uni<Void> record(Message<byte[]> message, Capture capture) {
        trail.record(capture).subscribe().with(done -> message.ack(), message::nack);
        return trail.room();
    }

    private static IncomingKafkaRecordMetadata<?, ?> metadata(Message<byte[]> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("not a Kafka record"));
    }

    /** The event topics of {@code trail-in}; dead letters of other services are captured as they are, never replayed. */
    @Override
    public Set<String> topics() {
        return Set.of("consent-events", "sharing-events", "breach-events", "personal-data-accessed",
                "retention-events", "subject-access-parts");
    }

    /** Completes once the entry is committed, or was in the trail already; fails as the channel would. */
    @Override
    public Uni<Void> replay(ReplayedRecord record) {
        try {
            CloudEvent envelope = incoming.authentic(record.value());
            Capture capture = captures.event(envelope, record.topic(), record.timestamp());
            return subjectAccess.answer(record.topic(), envelope, record.value()).chain(() -> trail.record(capture));
        } catch (InvalidEventException | RefusedEventException never) {
            return Uni.createFrom().failure(never);
        }
    }
}
