package org.infoshare.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Settings of the shared outbox relay and consumers, under {@code infoshare.messaging}. */
@ConfigMapping(prefix = "infoshare.messaging")
public interface MessagingConfig {

    /**
     * Prepended to every topic the outbox writes to, so that separate environments (or test
     * runs) can share one broker without reading each other's events. None in production.
     */
    Optional<String> topicPrefix();

    /** CloudEvents {@code source} of events this service emits; defaults to its application name. */
    Optional<String> source();

    /**
     * Largest serialised event the outbox accepts; a bigger one fails the transaction that
     * appends it. Below the broker's default record limit (1 MiB) with room for headers.
     */
    @WithDefault("900000")
    int maxEventBytes();

    Relay relay();

    Consumer consumer();

    DeadLetter deadLetter();

    interface DeadLetter {
        /** This service's dead-letter topic; defaults to {@code <topic-prefix><application name>.dead-letter}. */
        Optional<String> topic();

        /** Longest a read of the dead-letter topic may take before it answers with what it has. */
        @WithDefault("10s")
        Duration readTimeout();

        /**
         * Longest a replayed record may take; a transient failure still lasting by then is answered
         * as a failure (the record stays on the dead-letter topic, to be replayed later).
         */
        @WithDefault("30s")
        Duration replayTimeout();
    }

    Purge purge();

    /** {@code MessagingPurge}: how long published outbox rows and processed-event ids are kept. */
    interface Purge {
        /** Whether this process purges (every replica may; one at a time does). */
        @WithDefault("true")
        boolean enabled();

        /** Outbox rows published longer ago than this go; unpublished and parked rows never do. */
        @WithDefault("7d")
        Duration outboxAfter();

        /**
         * Processed-event ids older than this go. Must exceed the retention of every consumed topic
         * (and of its dead-letter topic, whose records may be replayed): a redelivery of an event
         * whose id is gone would be applied a second time.
         */
        @WithDefault("30d")
        Duration processedAfter();

        /** Rows deleted per transaction. */
        @WithDefault("10000")
        int batchSize();
    }

    interface Consumer {
        /** First retry delay after a transient failure; doubles per attempt, with full jitter. */
        @WithDefault("200ms")
        Duration retryInitialDelay();

        /** Longest wait between two attempts while a transient failure lasts (it is retried for ever). */
        @WithDefault("5s")
        Duration retryMaxDelay();

        /** Attempts at a record whose failure is neither transient nor permanent before it is dead-lettered. */
        @WithDefault("5")
        int unknownFailureAttempts();
    }

    interface Relay {
        /** Whether this process relays its outbox to Kafka (off only in tests that drive it by hand). */
        @WithDefault("true")
        boolean enabled();

        /** Safety-net poll; commits normally wake the relay at once through LISTEN/NOTIFY. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Rows published per relay transaction. */
        @WithDefault("500")
        int batchSize();
    }
}
