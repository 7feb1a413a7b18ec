package org.infoshare.sharing.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.vocabulary.NotificationCause;
import org.infoshare.events.vocabulary.PayloadDestructionCause;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.sharing.domain.ConsentProjection;
import org.infoshare.sharing.domain.WithdrawalScope;
import org.infoshare.sharing.domain.SharingEventMapper;
import org.infoshare.sharing.persistence.PartnerRepository;
import org.infoshare.sharing.persistence.RecipientNotificationRepository;
import org.infoshare.sharing.persistence.ReleaseRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * P6.8, the heart of the platform: on consent-withdrawn, inside the transaction that applies the
 * event, every live release in the withdrawal's scope and all its onward children are marked
 * withdrawn (fetching them now answers 410) and each recipient record gets one notification, with
 * recipient-notified in the outbox, and its payload destroyed (release-destroyed); a partner without
 * a webhook gets a signed link to answer (issue 13 item 4b). A redelivered or repeated withdrawal finds nothing live and
 * does nothing. The latency from the withdrawal to each record marked is a histogram.
 */
@ApplicationScoped
public class WithdrawalPropagationService {

    static final String LATENCY_METRIC = "infoshare.withdrawal.propagation.latency";

    private final ReleaseRepository releases;
    private final PartnerRepository partners;
    private final RecipientNotificationRepository notifications;
    private final Outbox outbox;
    private final ProviderLinkIssuer links;
    private final Clock clock;
    private final Timer latency;

    public WithdrawalPropagationService(ReleaseRepository releases, PartnerRepository partners,
                                        RecipientNotificationRepository notifications, Outbox outbox,
                                        ProviderLinkIssuer links, Clock clock, MeterRegistry registry) {
        this.releases = releases;
        this.partners = partners;
        this.notifications = notifications;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
        this.latency = Timer.builder(LATENCY_METRIC)
                .description("From a consent's withdrawal to each recipient record marked withdrawn and its notification queued")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
    }

    /** Joins the caller's transaction. */
    public Uni<Integer> propagate(ConsentProjection consent, Instant withdrawnAt) {
        WithdrawalScope scope = WithdrawalScope.of(consent);
        return releases.liveUnderConsent(consent.consentId())
                .chain(live -> reached(live, scope))
                .chain(reached -> {
                    Instant now = clock.instant();
                    return notifications.propagate(reached, consent.consentId(), NotificationCause.CONSENT_WITHDRAWN,
                                    withdrawnAt, now)
                            .call(made -> outbox.appendAll(made.stream().map(m -> SharingEventMapper.notified(
                                    m.notificationId(), m.releaseId(), m.subjectId(), m.partnerId(),
                                    consent.consentId(), withdrawnAt, now)).toList()))
                            .call(made -> destroyPayloads(made, now))
                            .call(made -> links.forWithdrawal(made, now))
                            .invoke(made -> {
                                Duration elapsed = Duration.between(withdrawnAt, clock.instant());
                                made.forEach(m -> latency.record(elapsed.isNegative() ? Duration.ZERO : elapsed));
                            })
                            .map(List::size);
                });
    }

    /**
     * P6.8 / P11.1: a withdrawn release can never be delivered again, so its payload serves no
     * purpose any more and is destroyed at once (policy section 13: kept no longer than necessary),
     * announced as release-destroyed; the record of the release stays for tracing.
     */
    private Uni<Void> destroyPayloads(List<RecipientNotificationRepository.Made> made, Instant now) {
        return releases.destroyWithdrawn(made.stream().map(RecipientNotificationRepository.Made::releaseId).toList(), now)
                .chain(destroyed -> outbox.appendAll(destroyed.stream().map(d -> SharingEventMapper.destroyed(
                        d.releaseId(), d.subjectId(), d.partnerId(), PayloadDestructionCause.CONSENT_WITHDRAWN, now))
                        .toList()))
                .replaceWithVoid();
    }

    /** The live releases the scope reaches by their own purpose or recipient; SQL adds their descendants. */
    private Uni<List<UUID>> reached(List<ReleaseRepository.LiveRelease> live, WithdrawalScope scope) {
        if (live.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return partners.kinds(live.stream().map(ReleaseRepository.LiveRelease::partnerId).distinct().toList())
                .map(kinds -> live.stream()
                        .filter(r -> scope.reaches(r.purposes(), r.partnerId(), kinds.get(r.partnerId())))
                        .map(ReleaseRepository.LiveRelease::id).toList());
    }
}
