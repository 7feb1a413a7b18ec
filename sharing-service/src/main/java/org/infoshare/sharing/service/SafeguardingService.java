package org.infoshare.sharing.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.sharing.domain.SafeguardingReferral;
import org.infoshare.sharing.domain.SharingEventMapper;
import org.infoshare.sharing.persistence.SafeguardingReferralRepository;
import org.infoshare.web.Page;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Records safeguarding referrals (P3.1); the referral and its event commit together. */
@ApplicationScoped
public class SafeguardingService {

    private final SafeguardingReferralRepository referrals;
    private final Outbox outbox;
    private final Clock clock;

    public SafeguardingService(SafeguardingReferralRepository referrals, Outbox outbox, Clock clock) {
        this.referrals = referrals;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<SafeguardingReferral> refer(String subjectId, String safeguardingTeam,
                                           SafeguardingReferral.Category category, String referredBy) {
        SafeguardingReferral referral = new SafeguardingReferral(UUID.randomUUID(), subjectId, safeguardingTeam,
                category, referredBy, clock.instant());
        return referrals.add(referral)
                .chain(() -> outbox.append(SharingEventMapper.referred(referral)))
                .replaceWith(referral);
    }

    @WithSession
    public Uni<Optional<SafeguardingReferral>> find(UUID id) {
        return referrals.find(id);
    }

    @WithSession
    public Uni<Page<SafeguardingReferral>> newestFirst(int page, int size) {
        return Page.of(referrals.newestFirst(page, size), referrals::count, page, size);
    }
}
