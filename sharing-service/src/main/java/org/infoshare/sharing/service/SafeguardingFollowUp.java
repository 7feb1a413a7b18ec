package org.infoshare.sharing.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.vocabulary.SafeguardingReferralStep;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.sharing.config.SharingConfig;
import org.infoshare.sharing.domain.SafeguardingReferral;
import org.infoshare.sharing.domain.SharingEventMapper;
import org.infoshare.sharing.persistence.SafeguardingReferralRepository;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;

/**
 * What happens to a safeguarding referral after it is made (P3.1), each change with its event in
 * one transaction: delivery outcomes the webhook dispatcher recorded are announced, and referrals
 * the team has not acknowledged in time are escalated to the DPO's list.
 */
@ApplicationScoped
public class SafeguardingFollowUp {

    private static final Logger LOG = Logger.getLogger(SafeguardingFollowUp.class);
    /** Outcomes announced per run; more are left for the next. */
    static final int ANNOUNCE_BATCH = 200;

    private final SafeguardingReferralRepository referrals;
    private final Outbox outbox;
    private final Duration acknowledgeWithin;

    public SafeguardingFollowUp(SafeguardingReferralRepository referrals, Outbox outbox, SharingConfig config) {
        this.referrals = referrals;
        this.outbox = outbox;
        this.acknowledgeWithin = config.safeguarding().acknowledgeWithin();
    }

    /**
     * Escalates every referral unacknowledged for longer than the configured time: back on the
     * DPO's list, flagged escalated, announced (ESCALATED); answers how many. Logs ids only.
     */
    @WithTransaction
    public Uni<Integer> escalateOverdue(Instant now) {
        return referrals.escalate(now.minus(acknowledgeWithin), now).call(escalated -> outbox.appendAll(escalated.stream()
                .map(r -> SharingEventMapper.progressed(r, SafeguardingReferralStep.ESCALATED, null, now)).toList()))
                .map(escalated -> {
                    if (!escalated.isEmpty()) {
                        LOG.warnf("P3.1: %d safeguarding referral(s) unacknowledged after %s escalated to the DPO: %s",
                                escalated.size(), acknowledgeWithin,
                                escalated.stream().map(SafeguardingReferral::id).toList());
                    }
                    return escalated.size();
                });
    }

    /** Announces the delivery outcomes recorded since the last run (delivered, failed, left to polling). */
    @WithTransaction
    public Uni<Integer> announceOutcomes(Instant now) {
        return referrals.takeUnannouncedOutcomes(now, ANNOUNCE_BATCH).call(settled -> outbox.appendAll(settled.stream()
                .map(r -> SharingEventMapper.progressed(r, SharingEventMapper.deliveryStep(r.deliveryState()), null,
                        r.deliveredAt().orElse(now))).toList()))
                .map(java.util.List::size);
    }
}
