package org.infoshare.audit.messaging;

import io.cloudevents.CloudEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.audit.service.SubjectAccessPartService;
import org.infoshare.events.EventType;
import org.infoshare.messaging.MessagingConfig;
import org.infoshare.events.consent.SubjectAccessVerified;
import org.infoshare.messaging.inbox.IncomingEvents;
import org.infoshare.messaging.tracing.Traces;

/**
 * P12.2: consent-service's subject-access-verified, answered with this service's part (who read the
 * person's data). Called by {@link TrailConsumer} for each consent-events record it reads; every
 * other record passes through untouched, told apart by the envelope the trail already read, so the
 * hot path decodes nothing twice. The part is prepared once per verification (the inbox
 * claims the event id), so a redelivered or replayed record prepares nothing twice.
 */
@ApplicationScoped
public class SubjectAccessAnswers {

    private static final String VERIFIED = EventType.of(SubjectAccessVerified.class).cloudEventType();

    private final IncomingEvents incoming;
    private final SubjectAccessPartService parts;
    private final Traces traces;
    private final String consentEvents;

    public SubjectAccessAnswers(IncomingEvents incoming, SubjectAccessPartService parts, Traces traces,
                                MessagingConfig config) {
        this.consentEvents = config.topicPrefix().orElse("") + "consent-events";
        this.incoming = incoming;
        this.parts = parts;
        this.traces = traces;
    }

    /** A record read by the trail's channel, with its trace context. */
    Uni<Void> answer(IncomingKafkaRecordMetadata<?, ?> record, CloudEvent envelope, byte[] value) {
        if (!verification(record.getTopic(), envelope)) {
            return Uni.createFrom().voidItem();
        }
        return traces.consuming(record.getTopic(), record.getHeaders(), () -> answerVerified(value));
    }

    /** A record replayed from the dead-letter topic, with the topic it was first read from. */
    Uni<Void> answer(String topic, CloudEvent envelope, byte[] value) {
        return verification(topic, envelope) ? answerVerified(value) : Uni.createFrom().voidItem();
    }

    private boolean verification(String topic, CloudEvent envelope) {
        return consentEvents.equals(topic) && VERIFIED.equals(envelope.getType());
    }

    private Uni<Void> answerVerified(byte[] value) {
        return incoming.on(value, SubjectAccessVerified.class, parts::prepare);
    }
}
