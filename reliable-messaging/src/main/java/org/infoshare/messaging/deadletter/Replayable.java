package org.infoshare.messaging.deadletter;

import io.smallrye.mutiny.Uni;

import java.util.Set;

/**
 * A consumer whose dead-lettered records can be applied again after a fix, through the same code
 * its {@code @Incoming} method runs (never by republishing to the original topic, which would
 * reach every other consumer group too). Each service's consumers implement it; {@link DeadLetters}
 * hands a record to the one that consumes its original topic.
 */
public interface Replayable {

    /** The topics this consumer reads, without the environment's topic prefix. */
    Set<String> topics();

    /**
     * Applies the record as the consumer would; fails as it would (a record that can never be
     * applied fails with the reason it was dead-lettered for).
     */
    Uni<Void> replay(ReplayedRecord record);
}
