package org.infoshare.consent.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.Consent;
import org.infoshare.consent.domain.ConsentState;
import org.infoshare.consent.domain.ReconfirmationSchedule;
import org.infoshare.consent.domain.ConsentEventMapper;
import org.infoshare.consent.persistence.ConsentRepository;
import org.infoshare.events.vocabulary.ReconfirmationReason;
import org.infoshare.messaging.outbox.Outbox;

import java.time.Instant;

/**
 * P6.6 and P6.7 over time: consents past their re-confirmation threshold become due (and the
 * person is asked), consents past their expiry end. Neither ever extends a consent.
 */
@ApplicationScoped
public class ConsentLifecycleService {

    private final ConsentRepository consents;
    private final Outbox outbox;

    public ConsentLifecycleService(ConsentRepository consents, Outbox outbox) {
        this.consents = consents;
        this.outbox = outbox;
    }

    /** At most this many consents move in one sweep's transaction; the rest move on the next sweep. */
    static final int SWEEP_LIMIT = 500;

    /** Moves the consents time has moved to the state it gives them at {@code now}; yields how many moved. */
    @WithTransaction
    public Uni<Integer> sweep(Instant now) {
        return consents.movedByTime(now, SWEEP_LIMIT).chain(open -> {
            Uni<Integer> chain = Uni.createFrom().item(0);
            for (Consent consent : open) {
                ConsentState target = ReconfirmationSchedule.stateAt(consent, now);
                if (target == consent.state()) {
                    continue;
                }
                Consent after = consent.withState(target);
                chain = chain.chain(moved -> consents.update(after, now)
                        .chain(() -> outbox.append(target == ConsentState.EXPIRED
                                ? ConsentEventMapper.expired(after, now)
                                : ConsentEventMapper.reconfirmationRequested(after,
                                ReconfirmationReason.THRESHOLD_REACHED, null, now)))
                        .replaceWith(moved + 1));
            }
            return chain;
        });
    }
}
