package org.infoshare.messaging.inbox;

import io.cloudevents.CloudEvent;
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
}
