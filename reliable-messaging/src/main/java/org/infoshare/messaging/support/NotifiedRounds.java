package org.infoshare.messaging.support;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs a background job's rounds one at a time, woken at once by a PostgreSQL {@code NOTIFY} on a
 * channel (sent by a trigger, delivered only on commit) and by a slow poll as a safety net. A
 * wake-up during a round runs another round right after it, as does a round that says more may
 * be waiting. Used by the outbox relay and sharing-service's webhook dispatcher.
 */
public final class NotifiedRounds {

    private static final Logger LOG = Logger.getLogger(NotifiedRounds.class);

    private final String name;
    private final Vertx vertx;
    private final PgConnectOptions listenOptions;
    private final String channel;
    private final Duration pollInterval;
    private final Supplier<Uni<Boolean>> round;

    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wokenWhileRunning = new AtomicBoolean();
    private volatile PgSubscriber subscriber;
    private volatile long pollTimer = -1;

    /**
     * @param round one round of the job; yields true when more work may be waiting at once
     */
    public NotifiedRounds(String name, Vertx vertx, PgConnectOptions listenOptions, String channel,
                          Duration pollInterval, Supplier<Uni<Boolean>> round) {
        this.name = name;
        this.vertx = vertx;
        this.listenOptions = listenOptions;
        this.channel = channel;
        this.pollInterval = pollInterval;
        this.round = round;
    }

    /** Starts listening and polling, and runs a first round; idempotent. */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        PgSubscriber listener = PgSubscriber.subscriber(vertx, listenOptions).reconnectPolicy(attempt -> 1_000L);
        listener.channel(channel).handler(payload -> wake());
        listener.connect().onFailure(error -> LOG.warnf("%s cannot LISTEN (%s); polling only", name,
                error.getMessage()));
        subscriber = listener;
        pollTimer = vertx.setPeriodic(pollInterval.toMillis(), id -> wake());
        wake();
    }

    /** Stops waking up; a round in flight finishes. Idempotent. */
    public void stop() {
        if (!started.compareAndSet(true, false)) {
            return;
        }
        vertx.cancelTimer(pollTimer);
        PgSubscriber listener = subscriber;
        if (listener != null) {
            listener.close();
        }
    }

    public boolean isStarted() {
        return started.get();
    }

    /** Runs a round now, or right after the one in flight. */
    public void wake() {
        if (!started.get()) {
            return;
        }
        if (!running.compareAndSet(false, true)) {
            wokenWhileRunning.set(true);
            return;
        }
        wokenWhileRunning.set(false);
        Uni.createFrom().<Boolean>deferred(round::get).subscribe().with(
                more -> {
                    running.set(false);
                    if (more || wokenWhileRunning.get()) {
                        wake();
                    }
                },
                error -> {
                    running.set(false);
                    LOG.warnf("%s round failed, will retry: %s", name, error.getMessage());
                });
    }
}
