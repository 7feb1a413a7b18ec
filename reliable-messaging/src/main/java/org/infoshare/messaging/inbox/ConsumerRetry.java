package org.infoshare.messaging.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.messaging.MessagingConfig;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a consumer's effect until it succeeds or can never succeed. A transient failure is
 * retried with capped exponential backoff for as long as it lasts: the consuming method does not
 * complete, so the record is not acknowledged, its offset is not committed and the channel takes
 * nothing new; readiness says DOWN with the reason meanwhile. A permanent failure, or an
 * unrecognised one that persists, fails with a {@link DeadLetterException} (counted, logged, no
 * personal data) so the channel's failure strategy dead-letters the record.
 *
 * <p>Each attempt runs on the Vert.x context of the first (Hibernate Reactive needs it), and is
 * built afresh, so a {@code @WithTransaction} method opens a new session and transaction.
 */
@ApplicationScoped
public class ConsumerRetry {

    private static final Logger LOG = Logger.getLogger(ConsumerRetry.class);

    private final Vertx vertx;
    private final MessagingConfig.Consumer config;
    private final ConsumerHealth health;
    private final MeterRegistry registry;

    public ConsumerRetry(Vertx vertx, MessagingConfig config, ConsumerHealth health, MeterRegistry registry) {
        this.vertx = vertx;
        this.config = config.consumer();
        this.health = health;
        this.registry = registry;
    }

    public <T> Uni<T> run(String consumer, Supplier<Uni<T>> effect) {
        // A replay given up on (DeadLetters' timeout) must not leave readiness DOWN.
        Object record = new Object();
        return attempt(consumer, record, effect, 1, Vertx.currentContext())
                .onCancellation().invoke(() -> health.recovered(consumer, record));
    }

    /** Fails with the reason a record is dead-lettered, after counting and logging it. */
    public <T> Uni<T> deadLetter(String consumer, Throwable failure) {
        return Uni.createFrom().failure(refuse(consumer, failure));
    }

    /** Counts and logs a record about to be dead-lettered; the exception to nack it with. */
    public DeadLetterException refuse(String consumer, Throwable failure) {
        String reason = Failures.describe(failure);
        Counter.builder("infoshare.consumer.dead.lettered")
                .description("Records a consumer sent to its dead-letter topic")
                .tag("consumer", consumer)
                .tag("kind", Failures.classify(failure).name().toLowerCase())
                .register(registry).increment();
        LOG.errorf("%s dead-letters a record: %s", consumer, reason);
        return new DeadLetterException(reason);
    }

    private <T> Uni<T> attempt(String consumer, Object record, Supplier<Uni<T>> effect, int attempt,
                               Context context) {
        return Uni.createFrom().<T>deferred(effect::get)
                .onItem().invoke(() -> {
                    if (attempt > 1) {
                        health.recovered(consumer, record);
                        LOG.infof("%s applied a record after %d attempts", consumer, attempt);
                    }
                })
                .onFailure().recoverWithUni(failure -> {
                    FailureKind kind = Failures.classify(failure);
                    if (kind == FailureKind.PERMANENT
                            || (kind == FailureKind.UNKNOWN && attempt >= config.unknownFailureAttempts())) {
                        health.recovered(consumer, record);
                        return deadLetter(consumer, failure);
                    }
                    String reason = Failures.describe(failure);
                    health.retrying(consumer, record, reason);
                    Duration delay = delay(attempt);
                    LOG.warnf("%s will retry a record in %d ms (attempt %d, %s): %s", consumer, delay.toMillis(),
                            attempt, kind, reason);
                    return sleep(delay, context).chain(() -> attempt(consumer, record, effect, attempt + 1, context));
                });
    }

    /** Capped exponential backoff with full jitter, never below a tenth of the initial delay. */
    private Duration delay(int attempt) {
        long initial = config.retryInitialDelay().toMillis();
        long cap = config.retryMaxDelay().toMillis();
        long ceiling = Math.min(cap, initial << Math.min(attempt - 1, 20));
        return Duration.ofMillis(Math.max(initial / 10, ThreadLocalRandom.current().nextLong(ceiling + 1)));
    }

    private Uni<Void> sleep(Duration delay, Context context) {
        return Uni.createFrom().emitter(emitter -> {
            Runnable arm = () -> vertx.setTimer(Math.max(1, delay.toMillis()), id -> emitter.complete(null));
            if (context != null) {
                context.runOnContext(ignored -> arm.run());
            } else {
                arm.run();
            }
        });
    }
}
