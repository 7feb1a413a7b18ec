package org.infoshare.sharing.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.vocabulary.SafeguardingReferralStep;
import org.infoshare.events.vocabulary.SafeguardingRoute;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.events.DomainEvent;
import org.infoshare.sharing.domain.RecipientNotification;
import org.infoshare.rules.RuleResult;
import org.infoshare.sharing.domain.SafeguardingReferral;
import org.infoshare.sharing.domain.SafeguardingTeamRule;
import org.infoshare.sharing.domain.SharingEventMapper;
import org.infoshare.sharing.persistence.PartnerRepository;
import org.infoshare.sharing.persistence.SafeguardingReferralRepository;
import org.infoshare.web.Page;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Safeguarding referrals as staff and the DPO handle them (P3.1). A referral goes only to a
 * registered safeguarding team taking its route; it is stored with its sealed account of the
 * concern, put on the DPO's list, and announced, all in one transaction. The DPO's list keeps it
 * until the DPO marks it seen.
 */
@ApplicationScoped
public class SafeguardingService {

    private final SafeguardingReferralRepository referrals;
    private final PartnerRepository partners;
    private final Outbox outbox;
    private final Clock clock;

    public SafeguardingService(SafeguardingReferralRepository referrals, PartnerRepository partners, Outbox outbox,
                               Clock clock) {
        this.referrals = referrals;
        this.partners = partners;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What staff state about a concern; never checked against consent (P3.1). */
    public record Concern(String subjectId, String safeguardingTeam, SafeguardingRoute route,
                          SafeguardingReferral.Category category, String account) {
    }

    @WithTransaction
    public Uni<SafeguardingReferral> refer(Concern concern, String referredBy) {
        return partners.find(concern.safeguardingTeam()).chain(team -> {
            RuleResult finding = SafeguardingTeamRule.check(concern.safeguardingTeam(), team, concern.route());
            if (finding.effect() != RuleResult.Effect.SATISFIED) {
                return Uni.createFrom().failure(Problems.unprocessable("safeguardingTeam",
                        List.of(finding.ruleId() + " " + finding.explanation())));
            }
            SafeguardingReferral referral = SafeguardingReferral.made(UUID.randomUUID(), concern.subjectId(),
                    concern.safeguardingTeam(), concern.route(), concern.category(), referredBy, clock.instant(),
                    team.get().webhookUrl().isPresent());
            List<DomainEvent> events = new ArrayList<>(List.of(SharingEventMapper.referred(referral)));
            if (referral.deliveryState() == RecipientNotification.DeliveryState.POLL_ONLY) {
                events.add(SharingEventMapper.progressed(referral, SafeguardingReferralStep.LEFT_TO_POLLING, null,
                        referral.referredAt()));
            }
            return referrals.add(referral, concern.account())
                    .chain(() -> outbox.appendAll(events))
                    .replaceWith(referral);
        });
    }

    @WithSession
    public Uni<Optional<SafeguardingReferral>> find(UUID id) {
        return referrals.find(id);
    }

    @WithSession
    public Uni<Page<SafeguardingReferral>> newestFirst(int page, int size) {
        return Page.of(referrals.newestFirst(page, size), referrals::count, page, size);
    }

    /** The DPO's list: every referral not yet marked seen (escalated ones come back on it). */
    @WithSession
    public Uni<Page<SafeguardingReferral>> dpoInbox(int page, int size) {
        return Page.of(referrals.dpoInbox(page, size), referrals::countDpoInbox, page, size);
    }

    /** The DPO marks a referral on their list seen; 409 when it is not on the list. */
    @WithTransaction
    public Uni<SafeguardingReferral> markSeen(UUID id, String dpoActorId) {
        return referrals.lock(id).chain(found -> {
            SafeguardingReferral referral = found.orElseThrow(() -> Problems.notFound("safeguarding referral " + id));
            if (!referral.onDpoList()) {
                return Uni.createFrom().failure(Problems.conflict("Safeguarding referral " + id
                        + " is not on the DPO's list (seen already)"));
            }
            Instant now = clock.instant();
            return referrals.markSeen(id, dpoActorId, now).call(seen -> outbox.append(
                    SharingEventMapper.progressed(seen, SafeguardingReferralStep.DPO_SEEN, dpoActorId, now)));
        });
    }
}
