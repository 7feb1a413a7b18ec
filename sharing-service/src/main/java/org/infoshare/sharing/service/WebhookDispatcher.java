package org.infoshare.sharing.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.infoshare.events.vocabulary.SafeguardingRoute;
import org.infoshare.events.webhook.SafeguardingReferralNotice;
import org.infoshare.events.webhook.WebhookSignature;
import org.infoshare.events.webhook.WithdrawalNotice;
import org.infoshare.messaging.support.DirectConnections;
import org.infoshare.messaging.support.NotifiedRounds;
import org.infoshare.messaging.tracing.TraceContext;
import org.infoshare.messaging.tracing.Traces;
import org.infoshare.sharing.config.SharingConfig;
import org.infoshare.sharing.domain.RetryBackoff;
import org.infoshare.sharing.domain.WebhookAddressGuard;
import org.infoshare.sharing.persistence.SafeguardingDeliveries;
import org.infoshare.sharing.persistence.WebhookDeliveries;
import org.infoshare.sharing.persistence.WebhookQueue;
import org.infoshare.sharing.persistence.WebhookDeliveries.Claimed;
import org.jboss.logging.Logger;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers recipient notifications (P6.8) and safeguarding referrals (P3.1) by webhook: signed with the partner's secret over
 * timestamp and body, retried with exponential backoff and full jitter until the partner's endpoint
 * answers 2xx, the partner has answered, or the attempts run out. Holds under faults (issue 10):
 * <ul>
 * <li>each delivery is claimed on its own under SKIP LOCKED with a lease longer than a send and a
 * fresh lease token; the outcome is recorded only under that token, so a send that outlived its
 * lease changes nothing, and two instances never send the same attempt;</li>
 * <li>sends run concurrently, bounded overall and per partner, each within a hard timeout, so a
 * slow or silent partner holds up only its own deliveries;</li>
 * <li>woken at once by the NOTIFY of a committed withdrawal, by its own timer for a retry due soon,
 * and by a slow poll as a safety net;</li>
 * <li>a partner without a webhook (removed, or never set) falls back to polling: its notification
 * becomes POLL_ONLY, stays listed, and is not claimed again.</li>
 * </ul>
 * Safeguarding referrals are claimed first in each round, then notifications in the room left.
 * The HTTP call runs outside any database transaction. Receivers de-duplicate by the
 * {@code Infoshare-Delivery} header. Each send is a CLIENT span in the trace of the withdrawal
 * that made the notification, passed to the partner in a {@code traceparent} header.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    static final String CHANNEL = "recipient_notification_due";
    /** Time left after the longest send to record its outcome while the lease still holds. */
    static final Duration RECORD_MARGIN = Duration.ofSeconds(5);
    /** A partner's answer body is read only up to this; a larger one fails the attempt (BODY_TOO_LARGE). */
    static final int MAX_ANSWER_BYTES = 64 * 1024;

    private final WebhookDeliveries deliveries;
    private final SafeguardingDeliveries referrals;
    private final SharingConfig.Webhook config;
    private final Duration answerWithin;
    private final Duration acknowledgeWithin;
    private final Clock clock;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final RetryBackoff backoff;
    private final MeterRegistry registry;
    private final Counter stale;
    private final Counter fellBack;
    private final Traces traces;

    private final NotifiedRounds rounds;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<String, AtomicInteger> inFlightByPartner = new ConcurrentHashMap<>();
    private volatile HttpClient http;

    public WebhookDispatcher(WebhookDeliveries deliveries, SafeguardingDeliveries referrals, SharingConfig config,
                             Clock clock, ObjectMapper json, Vertx vertx, MeterRegistry registry,
                             DirectConnections connections, Traces traces) {
        this.deliveries = deliveries;
        this.referrals = referrals;
        this.traces = traces;
        this.config = config.webhook();
        this.answerWithin = config.notification().answerWithin();
        this.acknowledgeWithin = config.safeguarding().acknowledgeWithin();
        this.clock = clock;
        this.json = json;
        this.vertx = vertx;
        this.backoff = new RetryBackoff(this.config.baseDelay(), this.config.maxDelay());
        if (this.config.lease().compareTo(this.config.timeout().plus(RECORD_MARGIN)) < 0) {
            throw new IllegalStateException("infoshare.sharing.webhook.lease (" + this.config.lease()
                    + ") must exceed webhook.timeout (" + this.config.timeout() + ") by at least " + RECORD_MARGIN);
        }
        // claiming more may find more now that the partners just served have less room
        this.rounds = new NotifiedRounds("Webhook dispatcher", vertx.getDelegate(), connections.options(), CHANNEL,
                this.config.pollEvery(), () -> claimAndSend().map(claimed -> claimed > 0));
        this.registry = registry;
        this.stale = Counter.builder("infoshare.webhook.outcomes.stale")
                .description("Webhook outcomes that came after their lease had passed and so were not recorded")
                .register(registry);
        this.fellBack = Counter.builder("infoshare.webhook.poll.fallbacks")
                .description("Notifications whose partner had no webhook when due, left to polling")
                .register(registry);
        Gauge.builder("infoshare.webhook.in.flight", inFlight, AtomicInteger::get)
                .description("Webhook sends in flight on this instance").register(registry);
    }

    void onStart(@Observes StartupEvent ignored) {
        if (config.enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent ignored) {
        stop();
    }

    /** Starts listening for due notifications and polling; idempotent. */
    public void start() {
        if (rounds.isStarted()) {
            return;
        }
        http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(config.maxConcurrent())
                .setKeepAliveTimeout(30)
                // our own span carries the notification's trace; Vert.x's would start one from the poll round
                .setTracingPolicy(TracingPolicy.IGNORE));
        rounds.start();
        LOG.infof("Webhook dispatcher started: %d sends at once, %d per partner, lease %s, timeout %s",
                config.maxConcurrent(), config.maxPerPartner(), config.lease(), config.timeout());
    }

    /** Stops waking up; sends in flight finish or time out, and unrecorded ones are retried once their lease passes. */
    public void stop() {
        if (!rounds.isStarted()) {
            return;
        }
        rounds.stop();
        HttpClient client = http;
        if (client != null) {
            client.closeAndForget();
        }
    }

    private void wake() {
        rounds.wake();
    }

    /**
     * One round: claims what fits in the free room (overall and per partner) and starts sending it,
     * safeguarding referrals first (a concern about abuse or neglect goes before a withdrawal notice).
     */
    private Uni<Integer> claimAndSend() {
        return claimFrom(referrals).chain(fromReferrals -> claimFrom(deliveries).map(more -> fromReferrals + more));
    }

    private Uni<Integer> claimFrom(WebhookQueue queue) {
        int room = config.maxConcurrent() - inFlight.get();
        if (room <= 0) {
            return Uni.createFrom().item(0);
        }
        Map<String, Integer> roomByPartner = new HashMap<>();
        inFlightByPartner.forEach((partner, count) ->
                roomByPartner.put(partner, Math.max(0, config.maxPerPartner() - count.get())));
        Instant now = clock.instant();
        return queue.claim(now, now.plus(config.lease()), config.batchSize(), room, roomByPartner,
                        config.maxPerPartner())
                .invoke(claimed -> claimed.forEach(this::begin))
                .map(List::size);
    }

    private WebhookQueue queueOf(Claimed claimed) {
        return claimed.content() instanceof WebhookDeliveries.Referral ? referrals : deliveries;
    }

    private void begin(Claimed claimed) {
        inFlight.incrementAndGet();
        inFlightByPartner.computeIfAbsent(claimed.partnerId(), partner -> new AtomicInteger()).incrementAndGet();
        deliver(claimed).subscribe().with(ignored -> end(claimed), error -> {
            LOG.warnf("webhook delivery %s could not be recorded: %s", claimed.id(), error.getMessage());
            end(claimed);
        });
    }

    private void end(Claimed claimed) {
        inFlightByPartner.computeIfPresent(claimed.partnerId(),
                (partner, count) -> count.decrementAndGet() <= 0 ? null : count);
        inFlight.decrementAndGet();
        wake();
    }

    private Uni<Void> deliver(Claimed claimed) {
        if (claimed.webhook().isEmpty()) {
            return queueOf(claimed).fallBackToPolling(claimed.id(), claimed.leaseToken()).invoke(recorded -> {
                if (recorded) {
                    fellBack.increment();
                    LOG.infof("partner %s has no webhook: delivery %s is left to polling", claimed.partnerId(),
                            claimed.id());
                }
            }).replaceWithVoid();
        }
        int attempt = claimed.attempts() + 1;
        Span span = traces.start("POST webhook", SpanKind.CLIENT, claimed.trace())
                .setAttribute(AttributeKey.stringKey("http.request.method"), "POST")
                .setAttribute(AttributeKey.stringKey("infoshare.partner.id"), claimed.partnerId())
                .setAttribute(AttributeKey.longKey("infoshare.webhook.attempt"), attempt);
        Optional<TraceContext> trace = TraceContext.of(Context.root().with(span)).or(claimed::trace);
        return send(claimed, claimed.webhook().get(), attempt, trace)
                .onFailure().recoverWithItem(e -> Optional.of(WebhookFailure.of(e)))
                .invoke(error -> {
                    error.ifPresent(what -> span.setStatus(StatusCode.ERROR, what.name()));
                    span.end();
                })
                .chain(error -> record(claimed, attempt, error.map(WebhookFailure::name)));
    }

    /**
     * Empty for a 2xx answer with a bounded body, else what went wrong; never longer than the
     * timeout. The host is resolved here and the connection made to the address that was checked
     * (P11.1, {@link WebhookAddressGuard}); redirects are not followed.
     */
    private Uni<Optional<WebhookFailure>> send(Claimed claimed, WebhookDeliveries.Webhook hook, int attempt,
                                               Optional<TraceContext> trace) {
        // a worker resolves the name (the JVM's resolver blocks); unordered, so one slow lookup holds up no other send
        return vertx.executeBlocking(Uni.createFrom().item(() -> checkedAddress(hook.url())), false)
                .chain(server -> post(claimed, hook, attempt, server, trace))
                .ifNoItem().after(config.timeout())
                .failWith(() -> new TimeoutException("no answer within " + config.timeout()));
    }

    /** The first address the URL's host resolves to, if the scheme and every address it resolves to are allowed. */
    private SocketAddress checkedAddress(URI url) {
        String host = WebhookAddressGuard.host(url);
        boolean https = "https".equals(url.getScheme());
        if (!https && !(config.allowLocal() && "http".equals(url.getScheme()))) {
            throw new WebhookFailure.Refused("not https");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new UncheckedIOException(e);
        }
        if (!config.allowLocal()) {
            for (InetAddress address : addresses) {
                if (WebhookAddressGuard.refused(address).isPresent()) {
                    throw new WebhookFailure.Refused("refused address");
                }
            }
        }
        int port = url.getPort() > 0 ? url.getPort() : https ? 443 : 80;
        return SocketAddress.inetSocketAddress(new InetSocketAddress(addresses[0], port));
    }

    private Uni<Optional<WebhookFailure>> post(Claimed claimed, WebhookDeliveries.Webhook hook, int attempt,
                                               SocketAddress server, Optional<TraceContext> trace) {
        String body = body(claimed);
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(hook.url().toString())
                .setServer(server)
                .setFollowRedirects(false)
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.timeout().toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader(WebhookSignature.HEADER, WebhookSignature.sign(hook.secret(), clock.instant(), body))
                .putHeader("Infoshare-Delivery", claimed.id().toString())
                .putHeader("Infoshare-Attempt", Integer.toString(attempt));
        trace.ifPresent(context -> {
            request.putHeader(TraceContext.TRACEPARENT, context.traceparent());
            if (context.tracestate() != null) {
                request.putHeader(TraceContext.TRACESTATE, context.tracestate());
            }
        });
        return http.request(request)
                .chain(sending -> sending.send(Buffer.buffer(body)))
                .chain(WebhookDispatcher::outcome);
    }

    /**
     * A 2xx answer succeeds once its body has been read, up to {@link #MAX_ANSWER_BYTES} (more fails
     * the attempt); any other status fails it by its class, and its body is not read.
     */
    private static Uni<Optional<WebhookFailure>> outcome(HttpClientResponse response) {
        Optional<WebhookFailure> byStatus = WebhookFailure.ofStatus(response.statusCode());
        String length = response.getHeader("Content-Length");
        boolean declaredTooLarge = length != null
                && (!length.chars().allMatch(Character::isDigit) || length.length() >= 10
                || Long.parseLong(length) > MAX_ANSWER_BYTES);
        if (byStatus.isPresent() || declaredTooLarge) {
            response.request().reset();
            return Uni.createFrom().item(byStatus.or(() -> Optional.of(WebhookFailure.BODY_TOO_LARGE)));
        }
        io.vertx.core.http.HttpClientResponse raw = response.getDelegate();
        return Uni.createFrom().emitter(emitter -> {
            AtomicLong read = new AtomicLong();
            raw.exceptionHandler(emitter::fail);
            raw.endHandler(end -> emitter.complete(Optional.empty()));
            raw.handler(chunk -> {
                if (read.addAndGet(chunk.length()) > MAX_ANSWER_BYTES) {
                    raw.handler(null).endHandler(null).exceptionHandler(null);
                    raw.request().reset();
                    emitter.complete(Optional.of(WebhookFailure.BODY_TOO_LARGE));
                }
            });
        });
    }

    private Uni<Void> record(Claimed claimed, int attempt, Optional<String> error) {
        Instant now = clock.instant();
        registry.counter("infoshare.webhook.deliveries", "outcome", error.isEmpty() ? "delivered" : "failed").increment();
        if (error.isEmpty()) {
            return queueOf(claimed).delivered(claimed.id(), claimed.leaseToken(), attempt, now)
                    .invoke(recorded -> staleUnless(recorded, claimed)).replaceWithVoid();
        }
        Optional<Instant> retryAt = attempt >= config.maxAttempts()
                ? Optional.empty()
                : Optional.of(now.plus(backoff.delayAfter(attempt, ThreadLocalRandom.current()::nextDouble)));
        LOG.infof("webhook to partner %s for delivery %s failed (attempt %d): %s; %s", claimed.partnerId(),
                claimed.id(), attempt, error.get(), retryAt.map(at -> "retry at " + at).orElse("giving up"));
        return queueOf(claimed).attemptFailed(claimed.id(), claimed.leaseToken(), attempt, retryAt, error.get())
                .invoke(recorded -> {
                    staleUnless(recorded, claimed);
                    retryAt.filter(at -> recorded).ifPresent(this::wakeAt);
                })
                .replaceWithVoid();
    }

    private void staleUnless(boolean recorded, Claimed claimed) {
        if (!recorded) {
            stale.increment();
            LOG.warnf("webhook outcome for delivery %s came after its lease had passed (or it was settled); "
                    + "nothing recorded", claimed.id());
        }
    }

    /** A retry due before the next poll gets its own timer, so short backoffs are kept. */
    private void wakeAt(Instant at) {
        long delay = Math.max(1, Duration.between(clock.instant(), at).toMillis());
        if (delay < config.pollEvery().toMillis()) {
            vertx.setTimer(delay, id -> wake());
        }
    }

    /**
     * What the partner receives, a record with its JSON Schema in events: a withdrawal notice
     * ({@link WithdrawalNotice}, its own pseudonym for the person, never the organisation's subject
     * id), or a safeguarding team's referral notice ({@link SafeguardingReferralNotice}: neither the
     * person nor the account of the concern, which the team fetches, and that read is recorded, P6.1).
     */
    private String body(Claimed claimed) {
        Object body = claimed.content() instanceof WebhookDeliveries.Referral referral
                ? SafeguardingReferralNotice.of(claimed.id(), referral.category(),
                        SafeguardingRoute.valueOf(referral.route()), referral.referredAt(),
                        referral.referredAt().plus(acknowledgeWithin))
                : withdrawalNotice(claimed.id(), (WebhookDeliveries.Notice) claimed.content());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook body could not be written", e);
        }
    }

    private WithdrawalNotice withdrawalNotice(UUID id, WebhookDeliveries.Notice notification) {
        return WithdrawalNotice.of(id, notification.releaseId(), notification.subjectRef().orElse(null),
                notification.cause(), notification.withdrawnAt(), notification.notifiedAt(),
                notification.notifiedAt().plus(answerWithin));
    }
}
