package org.infoshare.messaging.deadletter;

import io.smallrye.mutiny.Uni;

/**
 * A consumer whose {@code @Incoming} method takes the record's value: a replayed dead letter runs
 * exactly what the channel runs.
 */
public interface ReplayableConsumer extends Replayable {

    /** The consumer's {@code @Incoming} method. */
    Uni<Void> consume(byte[] value);

    @Override
    default Uni<Void> replay(ReplayedRecord record) {
        return consume(record.value());
    }
}
