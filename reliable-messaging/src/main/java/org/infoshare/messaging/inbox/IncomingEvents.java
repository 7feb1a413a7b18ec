package org.infoshare.messaging.inbox;

import io.cloudevents.CloudEvent;
import io.smallrye.mutiny.Uni;

import java.util.function.BiFunction;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.DomainEvent;
import org.infoshare.events.EventCodec;
import org.infoshare.events.InvalidEventException;

/**
 * Reads a Kafka record value as a CloudEvent. A value that is not one throws
 * {@link InvalidEventException}: the consuming method fails, SmallRye nacks the record and its
 * {@code dead-letter-queue} failure strategy moves it to the consumer's dead-letter topic with the
 * reason in headers, and the partition carries on.
 */
@ApplicationScoped
public class IncomingEvents {

    private final EventCodec codec;

    public IncomingEvents(EventCodec codec) {
        this.codec = codec;
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
     * Reads a record and hands an event of the wanted type to the handler with its envelope (the
     * handler applies it once by the envelope's id); other types sharing the topic are skipped.
     * An unreadable record throws, so the channel's failure strategy dead-letters it.
     */
    public <T extends DomainEvent> Uni<Void> on(byte[] value, Class<T> type,
                                                BiFunction<CloudEvent, T, Uni<Void>> handler) {
        CloudEvent envelope = envelope(value);
        DomainEvent event = data(envelope);
        return type.isInstance(event) ? handler.apply(envelope, type.cast(event)) : Uni.createFrom().voidItem();
    }
}
