package org.infoshare.messaging.inbox;

import io.cloudevents.CloudEvent;
import io.smallrye.mutiny.Uni;

import java.util.function.BiFunction;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.DomainEvent;
import org.infoshare.events.EventCodec;
import org.infoshare.events.EventProducers;
import org.infoshare.events.EventType;
import org.infoshare.events.InvalidEventException;

/**
 * Reads a Kafka record value as a CloudEvent and applies it through {@link ConsumerRetry}: a
 * record that can never be applied (not a CloudEvent, unknown type or version, schema-invalid,
 * or a source that does not produce its type)
 * fails at once and the channel's {@code dead-letter-queue} failure strategy moves it to the
 * consumer's dead-letter topic with a reason free of personal data; a transient failure of the
 * effect is retried, without committing the offset, until it passes.
 */
@ApplicationScoped
public class IncomingEvents {

    private final EventCodec codec;
    private final ConsumerRetry retry;

    public IncomingEvents(EventCodec codec, ConsumerRetry retry) {
        this.codec = codec;
        this.retry = retry;
    }

    public CloudEvent envelope(byte[] value) {
        if (value == null || value.length == 0) {
            throw new InvalidEventException("empty record value");
        }
        return codec.deserialize(value);
    }

    public DomainEvent data(CloudEvent envelope) {
        return codec.data(envelope);
    }

    /**
     * Reads a record as a CloudEvent whose source is the service that produces its type
     * ({@link EventProducers}); anything else throws {@link RefusedEventException}, so it is
     * dead-lettered, never applied.
     */
    public CloudEvent authentic(byte[] value) {
        CloudEvent envelope = envelope(value);
        EventType type;
        try {
            type = EventType.fromCloudEventType(envelope.getType());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidEventException("event " + envelope.getId() + " has an unknown type or version");
        }
        if (!EventProducers.mayProduce(envelope.getSource(), type)) {
            throw new RefusedEventException("event " + envelope.getId() + " of type " + type.typeName()
                    + " has source " + envelope.getSource() + ", which does not produce it");
        }
        return envelope;
    }

    /**
     * Reads a record and hands an event of the wanted type to the handler with its envelope (the
     * handler applies it once by the envelope's id); other types sharing the topic are skipped.
     * The consumer's name (the wanted type's) labels retries, readiness and dead-letter counts.
     */
    public <T extends DomainEvent> Uni<Void> on(byte[] value, Class<T> type,
                                                BiFunction<CloudEvent, T, Uni<Void>> handler) {
        return on(value, type, handler, type, handler);
    }

    /**
     * The same for a consumer that wants two types from one topic: the record is read once and goes
     * to the handler of the type it is ({@code first} when it is both); an unreadable one is
     * dead-lettered under {@code first}'s name.
     */
    public <A extends DomainEvent, B extends DomainEvent> Uni<Void> on(byte[] value,
                                                                     Class<A> first, BiFunction<CloudEvent, A, Uni<Void>> onFirst,
                                                                     Class<B> second, BiFunction<CloudEvent, B, Uni<Void>> onSecond) {
        CloudEvent envelope;
        DomainEvent event;
        try {
            envelope = authentic(value);
            event = data(envelope);
        } catch (InvalidEventException | RefusedEventException never) {
            return retry.deadLetter(first.getSimpleName(), never);
        }
        if (first.isInstance(event)) {
            return retry.run(first.getSimpleName(), () -> onFirst.apply(envelope, first.cast(event)));
        }
        if (second.isInstance(event)) {
            return retry.run(second.getSimpleName(), () -> onSecond.apply(envelope, second.cast(event)));
        }
        return Uni.createFrom().voidItem();
    }
}
