package org.infoshare.messaging.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.infoshare.messaging.MessagingConfig;
import org.infoshare.messaging.support.DirectConnections;
import org.infoshare.messaging.support.NotifiedRounds;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;

/**
 * Publishes the outbox to Kafka: woken at once by the NOTIFY of a committing transaction, with a
 * slow poll as a safety net. Only the leader relays (a session advisory lock on a connection of
 * its own). Each round reads the oldest unpublished rows, sends them, waits for each answer, then
 * marks the acknowledged ones published and parks the ones the broker refused for good (with the
 * reason, a metric and a log line), so one bad record never blocks the rest; rows the broker did
 * not take for now (outage, timeout) go again next round. A crash between sending and marking
 * re-sends those rows on restart (at-least-once); consumers drop duplicates by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    static final String CHANNEL = "outbox_event";

    private final OutboxStore store;
    private final OutboxPublisher publisher;
    private final MessagingConfig.Relay config;
    private final Vertx vertx;
    private final Clock clock;
    private final PgConnectOptions listenOptions;
    private final Timer lag;
    private final Counter published;

    private final NotifiedRounds rounds;
    private volatile PgConnection leadership;
    private final Counter parked;

    public OutboxRelay(OutboxStore store, OutboxPublisher publisher, MessagingConfig config, Vertx vertx,
                       Clock clock, MeterRegistry registry, DirectConnections connections) {
        this.store = store;
        this.publisher = publisher;
        this.config = config.relay();
        this.vertx = vertx;
        this.clock = clock;
        this.listenOptions = connections.options();
        this.rounds = new NotifiedRounds("Outbox relay", vertx, listenOptions, CHANNEL, this.config.pollInterval(),
                () -> relayOnce().map(count -> count >= this.config.batchSize()));
        this.lag = Timer.builder("outbox.relay.lag")
                .description("Time from an event's commit to the outbox until the broker acknowledged it")
                .publishPercentileHistogram()
                .register(registry);
        this.published = Counter.builder("outbox.relay.published")
                .description("Events published from the outbox")
                .register(registry);
        this.parked = Counter.builder("outbox.relay.parked")
                .description("Outbox events the broker refused for good, set aside so later events go on (alert on any)")
                .register(registry);
    }

    void onStart(@Observes StartupEvent ignored) {
        if (config.enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent ignored) {
        stop();
    }

    /** Starts listening for commits and polling; idempotent. */
    public void start() {
        if (!rounds.isStarted()) {
            rounds.start();
            LOG.info("Outbox relay started");
        }
    }

    /** Stops waking up and gives up the leadership; a round in flight finishes. Idempotent. */
    public void stop() {
        if (!rounds.isStarted()) {
            return;
        }
        rounds.stop();
        PgConnection leader = leadership;
        leadership = null;
        if (leader != null) {
            leader.closeAndForget(); // gives the lock up at once for another replica
        }
        LOG.info("Outbox relay stopped");
    }

    public boolean isStarted() {
        return rounds.isStarted();
    }

    /**
     * Runs one round now, if this process leads, and yields how many rows it settled (published
     * or parked). Nothing here holds a transaction or a lock while the broker answers.
     */
    public Uni<Integer> relayOnce() {
        return lead().chain(leading -> leading ? round() : Uni.createFrom().item(0));
    }

    private Uni<Boolean> lead() {
        if (leadership != null) {
            return Uni.createFrom().item(true);
        }
        return store.tryLead(vertx, listenOptions)
                .map(conn -> {
                    if (conn == null) {
                        return false;
                    }
                    conn.closeHandler(() -> {
                        LOG.info("Outbox relay lost its leadership connection; another replica may take over");
                        leadership = null;
                    });
                    leadership = conn;
                    LOG.info("Outbox relay leads");
                    return true;
                })
                .onFailure().recoverWithItem(error -> {
                    LOG.debugf("Outbox relay cannot reach the database to lead: %s", error.getMessage());
                    return false;
                });
    }

    private Uni<Integer> round() {
        return store.fetchPending(config.batchSize()).chain(batch -> batch.isEmpty()
                ? Uni.createFrom().item(0)
                : Uni.createFrom().item(batch)
                        // send() may block on metadata: keep it off the event loop
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .chain(publisher::publish)
                        .call(outcome -> store.markPublished(outcome.acknowledged()))
                        .call(outcome -> store.park(outcome.refused()))
                        .invoke(this::record)
                        .map(outcome -> {
                            if (outcome.unsent() > 0) {
                                LOG.warnf("Outbox relay: the broker did not take %d of %d events; they go again next round",
                                        outcome.unsent(), batch.size());
                            }
                            return outcome.acknowledged().size() + outcome.refused().size();
                        }));
    }

    private void record(PublishOutcome outcome) {
        long now = clock.millis();
        for (PendingEvent event : outcome.acknowledged()) {
            lag.record(Duration.ofMillis(Math.max(0, now - event.createdAt().toInstant().toEpochMilli())));
        }
        published.increment(outcome.acknowledged().size());
        for (PublishOutcome.Refused refused : outcome.refused()) {
            parked.increment();
            LOG.errorf("Outbox relay parked event %s (%s, outbox row %d): the broker refused it (%s); later events go on",
                    refused.event().eventId(), refused.event().type(), refused.event().id(), refused.reason());
        }
    }
}
