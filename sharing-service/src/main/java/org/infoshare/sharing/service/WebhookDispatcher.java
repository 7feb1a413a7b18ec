package org.infoshare.sharing.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.webhook.WebhookSignature;
import org.infoshare.sharing.config.SharingConfig;
import org.infoshare.sharing.domain.RecipientNotification;
import org.infoshare.sharing.domain.RetryBackoff;
import org.infoshare.sharing.persistence.PartnerRepository;
import org.infoshare.sharing.persistence.RecipientNotificationRepository;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delivers recipient notifications by webhook (P6.8): signed with the partner's secret over
 * timestamp and body, retried with exponential backoff and full jitter until the partner's endpoint
 * answers 2xx, the partner has answered, or the attempts run out. Claiming takes a lease under
 * SKIP LOCKED, so several instances never send the same attempt; the HTTP call runs outside any
 * database transaction. Receivers de-duplicate by the {@code Infoshare-Delivery} header.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final RecipientNotificationRepository notifications;
    private final PartnerRepository partners;
    private final SharingConfig config;
    private final Clock clock;
    private final ObjectMapper json;
    private final WebClient client;
    private final RetryBackoff backoff;
    private final MeterRegistry registry;

    public WebhookDispatcher(RecipientNotificationRepository notifications, PartnerRepository partners,
                             SharingConfig config, Clock clock, ObjectMapper json, Vertx vertx, MeterRegistry registry) {
        this.notifications = notifications;
        this.partners = partners;
        this.config = config;
        this.clock = clock;
        this.json = json;
        this.client = WebClient.create(vertx);
        this.backoff = new RetryBackoff(config.webhook().baseDelay(), config.webhook().maxDelay());
        this.registry = registry;
    }

    @PreDestroy
    void close() {
        client.close();
    }

    @Scheduled(every = "${infoshare.sharing.webhook.poll-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> deliverDue() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> notifications.claimDue(now, now.plus(config.webhook().lease()),
                        config.webhook().batchSize()))
                .chain(this::deliverAll);
    }

    private Uni<Void> deliverAll(List<UUID> ids) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID id : ids) {
            chain = chain.chain(() -> deliver(id).onFailure().recoverWithUni(e -> {
                LOG.warnf("webhook delivery of notification %s could not be recorded: %s", id, e.getMessage());
                return Uni.createFrom().voidItem();
            }));
        }
        return chain;
    }

    private Uni<Void> deliver(UUID id) {
        return Panache.withSession(() -> notifications.find(id).chain(found -> {
            RecipientNotification notification = found.orElseThrow();
            return partners.webhook(notification.partnerId()).map(hook -> new Delivery(notification, hook));
        })).chain(delivery -> delivery.hook().isEmpty()
                ? Uni.createFrom().voidItem()
                : send(delivery.notification(), delivery.hook().get()));
    }

    private record Delivery(RecipientNotification notification, Optional<PartnerRepository.Webhook> hook) {
    }

    private Uni<Void> send(RecipientNotification notification, PartnerRepository.Webhook hook) {
        int attempt = notification.attempts() + 1;
        String body = body(notification);
        return client.postAbs(hook.url().toString())
                .timeout(config.webhook().timeout().toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader(WebhookSignature.HEADER, WebhookSignature.sign(hook.secret(), clock.instant(), body))
                .putHeader("Infoshare-Delivery", notification.id().toString())
                .putHeader("Infoshare-Attempt", Integer.toString(attempt))
                .sendBuffer(Buffer.buffer(body))
                .map(WebhookDispatcher::outcome)
                .onFailure().recoverWithItem(e -> Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage()))
                .chain(error -> record(notification, attempt, error));
    }

    /** Empty for a 2xx answer, else what went wrong. */
    private static Optional<String> outcome(HttpResponse<Buffer> response) {
        return response.statusCode() / 100 == 2 ? Optional.empty() : Optional.of("HTTP " + response.statusCode());
    }

    private Uni<Void> record(RecipientNotification notification, int attempt, Optional<String> error) {
        Instant now = clock.instant();
        registry.counter("infoshare.webhook.deliveries", "outcome", error.isEmpty() ? "delivered" : "failed").increment();
        if (error.isEmpty()) {
            return Panache.withTransaction(() -> notifications.delivered(notification.id(), attempt, now));
        }
        Optional<Instant> retryAt = attempt >= config.webhook().maxAttempts()
                ? Optional.empty()
                : Optional.of(now.plus(backoff.delayAfter(attempt, ThreadLocalRandom.current()::nextDouble)));
        LOG.infof("webhook to partner %s for notification %s failed (attempt %d): %s; %s", notification.partnerId(),
                notification.id(), attempt, error.get(), retryAt.map(at -> "retry at " + at).orElse("giving up"));
        return Panache.withTransaction(() -> notifications.attemptFailed(notification.id(), attempt, retryAt,
                error.get().length() > 500 ? error.get().substring(0, 500) : error.get()));
    }

    /** What the partner receives: its own pseudonym for the person, never the organisation's subject id. */
    private String body(RecipientNotification notification) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "recipient-notified");
        body.put("notificationId", notification.id().toString());
        body.put("releaseId", notification.releaseId().toString());
        body.put("subjectRef", notification.subjectRef().orElse(null));
        body.put("cause", notification.cause().name());
        body.put("withdrawnAt", notification.withdrawnAt().toString());
        body.put("notifiedAt", notification.notifiedAt().toString());
        body.put("answerBy", notification.notifiedAt().plus(config.notification().answerWithin()).toString());
        body.put("answer", "/api/v1/partner/notifications/" + notification.id() + "/answer");
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook body could not be written", e);
        }
    }
}
