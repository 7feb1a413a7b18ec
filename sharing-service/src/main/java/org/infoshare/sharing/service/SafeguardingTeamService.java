package org.infoshare.sharing.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.vocabulary.SafeguardingReferralStep;
import org.infoshare.messaging.access.PersonalDataReads;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.sharing.domain.SafeguardingReferral;
import org.infoshare.sharing.domain.SharingEventMapper;
import org.infoshare.sharing.persistence.SafeguardingReferralRepository;
import org.infoshare.web.Caller;
import org.infoshare.web.Page;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Safeguarding referrals as their team sees them (P3.1): listed, fetched with the account of the
 * concern (each fetch recorded as a personal-data read, P6.1), and acknowledged once. Another
 * partner's referral answers 404, as if it did not exist.
 */
@ApplicationScoped
public class SafeguardingTeamService {

    private final SafeguardingReferralRepository referrals;
    private final PersonalDataReads reads;
    private final Outbox outbox;
    private final Clock clock;

    public SafeguardingTeamService(SafeguardingReferralRepository referrals, PersonalDataReads reads, Outbox outbox,
                                   Clock clock) {
        this.referrals = referrals;
        this.reads = reads;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A referral with the account of the concern, for its team only. */
    public record Fetched(SafeguardingReferral referral, String concern) {
        @Override
        public String toString() {
            return "Fetched[" + referral.id() + "]";
        }
    }

    @WithSession
    public Uni<Page<SafeguardingReferral>> listOwn(String partnerId, boolean open, int page, int size) {
        return Page.of(referrals.listOwn(partnerId, open, page, size), () -> referrals.countOwn(partnerId, open),
                page, size);
    }

    @WithTransaction
    public Uni<Fetched> fetch(UUID id, Caller caller) {
        String partnerId = caller.requirePartnerId();
        return referrals.findOwn(id, partnerId).chain(found -> {
            SafeguardingReferral referral = found.orElseThrow(() -> Problems.notFound("safeguarding referral " + id));
            return referrals.concern(id).chain(concern -> reads.record(caller.reader(), "safeguarding-referral-fetch",
                            List.of(new PersonalDataReads.Seen(referral.subjectId(), "safeguarding-referral/" + id)))
                    .replaceWith(new Fetched(referral, concern.orElse(""))));
        });
    }

    /** The team confirms it has the referral; once only (409 after), which also stops delivery retries. */
    @WithTransaction
    public Uni<SafeguardingReferral> acknowledge(UUID id, String partnerId, String actorId) {
        return referrals.lock(id).chain(found -> {
            SafeguardingReferral referral = found.filter(r -> r.safeguardingTeam().equals(partnerId))
                    .orElseThrow(() -> Problems.notFound("safeguarding referral " + id));
            if (referral.acknowledged()) {
                return Uni.createFrom().failure(Problems.conflict("Safeguarding referral " + id
                        + " was acknowledged already"));
            }
            Instant now = clock.instant();
            return referrals.acknowledge(id, actorId, now).call(acknowledged -> outbox.append(
                    SharingEventMapper.progressed(acknowledged, SafeguardingReferralStep.ACKNOWLEDGED, actorId, now)));
        });
    }
}
