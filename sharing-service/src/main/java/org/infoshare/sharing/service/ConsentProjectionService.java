package org.infoshare.sharing.service;

import io.cloudevents.CloudEvent;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.consent.ConsentEvent;
import org.infoshare.events.consent.ConsentExpired;
import org.infoshare.events.consent.ConsentGiven;
import org.infoshare.events.consent.ConsentReconfirmationRequested;
import org.infoshare.events.consent.ConsentReconfirmed;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.messaging.inbox.IdempotentConsumer;
import org.infoshare.sharing.domain.ConsentProjection;
import org.infoshare.sharing.persistence.ConsentProjectionRepository;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the consent projection from consent-events: each event applied once (its id recorded in
 * the same transaction), and applied monotonically (see {@link ConsentProjection}).
 */
@ApplicationScoped
public class ConsentProjectionService {

    static final String CONSUMER = "sharing-consent-projection";

    private final ConsentProjectionRepository projections;
    private final IdempotentConsumer idempotent;
    private final ShareDecisionService shares;
    private final WithdrawalPropagationService propagation;
    private final Clock clock;

    public ConsentProjectionService(ConsentProjectionRepository projections, IdempotentConsumer idempotent,
                                    ShareDecisionService shares, WithdrawalPropagationService propagation,
                                    Clock clock) {
        this.projections = projections;
        this.idempotent = idempotent;
        this.shares = shares;
        this.propagation = propagation;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Void> apply(CloudEvent envelope, ConsentEvent event) {
        Optional<UUID> consentId = consentId(event);
        if (consentId.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // The consent row first, exclusively: a share decision in flight either commits before
        // (and its release is withdrawn below) or reads the consent after this commits.
        return idempotent.applyOnce(CONSUMER, envelope, () -> projections.lockForChange(consentId.get())
                .chain(() -> projections.find(consentId.get()))
                .map(found -> found.orElseGet(() -> ConsentProjection.unknown(consentId.get(), event.subjectId()))
                        .apply(event))
                .chain(projection -> projections.save(projection, clock.instant())
                        // P6.7: a held share proceeds once re-confirmed; P6.8: pending shares are refused
                        // once withdrawn or expired
                        .chain(() -> event instanceof ConsentReconfirmed || event instanceof ConsentWithdrawn
                                || event instanceof ConsentExpired
                                ? shares.consentChanged(projection)
                                : Uni.createFrom().voidItem())
                        // P6.8: releases in the withdrawal's scope, onward children included, are withdrawn
                        // and their recipients notified, in this same transaction
                        .chain(() -> event instanceof ConsentWithdrawn withdrawn
                                ? propagation.propagate(projection, withdrawn.withdrawnAt()).replaceWithVoid()
                                : Uni.createFrom().voidItem())))
                .replaceWithVoid();
    }

    @WithSession
    public Uni<Optional<ConsentProjection>> find(UUID consentId) {
        return projections.find(consentId);
    }

    private static Optional<UUID> consentId(ConsentEvent event) {
        if (event instanceof ConsentGiven e) {
            return Optional.of(e.consentId());
        }
        if (event instanceof ConsentWithdrawn e) {
            return Optional.of(e.consentId());
        }
        if (event instanceof ConsentReconfirmed e) {
            return Optional.of(e.consentId());
        }
        if (event instanceof ConsentExpired e) {
            return Optional.of(e.consentId());
        }
        if (event instanceof ConsentReconfirmationRequested e) {
            return Optional.of(e.consentId());
        }
        return Optional.empty(); // subject-access-requested: nothing of the consent
    }
}
