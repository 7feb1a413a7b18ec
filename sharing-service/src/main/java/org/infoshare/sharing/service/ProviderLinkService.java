package org.infoshare.sharing.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.rules.LinkSecret;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.sharing.domain.GuidanceNote;
import org.infoshare.sharing.domain.Partner;
import org.infoshare.sharing.domain.ProviderLink;
import org.infoshare.sharing.domain.ProviderLinkPurpose;
import org.infoshare.sharing.domain.ProviderNotice;
import org.infoshare.sharing.domain.RecipientAnswer;
import org.infoshare.sharing.domain.RecipientNotification;
import org.infoshare.sharing.domain.Release;
import org.infoshare.sharing.domain.SharingEventMapper;
import org.infoshare.sharing.persistence.GuidanceNoteRepository;
import org.infoshare.sharing.persistence.PartnerRepository;
import org.infoshare.sharing.persistence.ProviderLinkRepository;
import org.infoshare.sharing.persistence.RecipientNotificationRepository;
import org.infoshare.sharing.persistence.ReleaseRepository;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Issue 13 item 4b: what a small provider's link is for, and its one use. The link speaks for its
 * partner: an answer or acknowledgement through it is recorded exactly as the partner API records
 * one (same rules, same 422s, same events), by the actor {@code provider-link:<link id>}, with
 * provider-link-used in the same transaction. A refused use of a known link is recorded too
 * ({@link #recordRefusal}, in a transaction of its own, since the refused one rolls back).
 */
@ApplicationScoped
public class ProviderLinkService {

    private final ProviderLinkRepository links;
    private final PartnerRepository partners;
    private final RecipientNotificationRepository notificationRecords;
    private final ReleaseRepository releases;
    private final GuidanceNoteRepository notes;
    private final RecipientNotificationService notifications;
    private final GuidanceService guidance;
    private final Outbox outbox;
    private final Clock clock;

    public ProviderLinkService(ProviderLinkRepository links, PartnerRepository partners,
                               RecipientNotificationRepository notificationRecords, ReleaseRepository releases,
                               GuidanceNoteRepository notes, RecipientNotificationService notifications,
                               GuidanceService guidance, Outbox outbox, Clock clock) {
        this.links = links;
        this.partners = partners;
        this.notificationRecords = notificationRecords;
        this.releases = releases;
        this.notes = notes;
        this.notifications = notifications;
        this.guidance = guidance;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A refused use of a known link: the problem to answer, and what to record. */
    public static final class Refused extends ProblemException {
        private final transient ProviderLink link;
        private final ProviderLinkPurpose attempted;
        private final ProviderLink.Refusal reason;

        Refused(ProviderLink link, ProviderLinkPurpose attempted, ProviderLink.Refusal reason) {
            super(reason == ProviderLink.Refusal.WRONG_PURPOSE ? ProblemType.CONFLICT : ProblemType.GONE,
                    describe(link, reason));
            this.link = link;
            this.attempted = attempted;
            this.reason = reason;
        }
    }

    /** What the link's page shows: the partner, the notice or note (nothing about a person), the expiry. */
    public record LinkDetails(ProviderLink link, Partner partner, Optional<RecipientNotification> notification,
                              Optional<Release> release, Optional<GuidanceNote> note, boolean acknowledged) {
    }

    /** 404 for an unknown token, 410 for a used or expired link; a look is not a use and records nothing. */
    @WithSession
    public Uni<LinkDetails> view(String token) {
        return known(token).chain(link -> {
            Optional<ProviderLink.Refusal> refusal = link.refusal(link.purpose(), clock.instant());
            if (refusal.isPresent()) {
                return Uni.createFrom().failure(new ProblemException(ProblemType.GONE, describe(link, refusal.get())));
            }
            return partners.find(link.partnerId()).map(Optional::orElseThrow).chain(partner -> switch (link.purpose()) {
                case ANSWER_NOTIFICATION -> notificationRecords.find(link.targetId()).map(Optional::orElseThrow)
                        .chain(n -> releases.find(n.releaseId()).map(release ->
                                new LinkDetails(link, partner, Optional.of(n), release, Optional.empty(), false)));
                case ACKNOWLEDGE_GUIDANCE -> notes.find(link.targetId()).map(Optional::orElseThrow)
                        .chain(note -> notes.acknowledgedBy(partner.id()).map(acks -> new LinkDetails(link, partner,
                                Optional.empty(), Optional.empty(), Optional.of(note), acks.contains(note.id()))));
            });
        });
    }

    /** The partner's answer to the withdrawal notice, through its link, once. */
    @WithTransaction
    public Uni<RecipientNotification> answer(String token, RecipientAnswer answer, String actorId) {
        return use(token, ProviderLinkPurpose.ANSWER_NOTIFICATION, actorId, link ->
                notifications.answer(link.targetId(), link.partnerId(), answer, actor(link)));
    }

    /** The small provider's acknowledgement of the guidance note, through its link, once. */
    @WithTransaction
    public Uni<GuidanceService.Acknowledgement> acknowledge(String token, String actorId) {
        return use(token, ProviderLinkPurpose.ACKNOWLEDGE_GUIDANCE, actorId, link ->
                guidance.acknowledge(link.partnerId(), link.targetId(), actor(link)));
    }

    /** Commits provider-link-refused for a refused use. */
    @WithTransaction
    public Uni<Void> recordRefusal(Refused refused, String actorId) {
        return outbox.append(SharingEventMapper.linkRefused(refused.link, refused.attempted, refused.reason, actorId,
                clock.instant())).replaceWithVoid();
    }

    private <T> Uni<T> use(String token, ProviderLinkPurpose purpose, String actorId,
                           java.util.function.Function<ProviderLink, Uni<T>> work) {
        Instant now = clock.instant();
        return known(token).chain(link -> {
            Optional<ProviderLink.Refusal> refusal = link.refusal(purpose, now);
            if (refusal.isPresent()) {
                return Uni.createFrom().failure(new Refused(link, purpose, refusal.get()));
            }
            // the conditional update decides between concurrent uses: the loser finds it used
            return links.claim(LinkSecret.hexHash(token), purpose, actorId, now).chain(claimed -> claimed
                    ? work.apply(link).call(() -> outbox.append(SharingEventMapper.linkUsed(link, actorId, now)))
                    : Uni.createFrom().failure(new Refused(link, purpose, ProviderLink.Refusal.ALREADY_USED)));
        });
    }

    private Uni<ProviderLink> known(String token) {
        if (!LinkSecret.wellFormed(token)) {
            return Uni.createFrom().failure(unknown());
        }
        return links.findByHash(LinkSecret.hexHash(token)).map(found -> found.orElseThrow(ProviderLinkService::unknown));
    }

    private static ProblemException unknown() {
        return Problems.notFound("such link: check it was copied whole");
    }

    /** The actor an answer through a link is recorded by: the link, which names its partner. */
    private static String actor(ProviderLink link) {
        return "provider-link:" + link.id();
    }

    private static String describe(ProviderLink link, ProviderLink.Refusal reason) {
        return switch (reason) {
            case ALREADY_USED -> "This link was already used" + link.usedAt().map(at -> " (" + at + ")").orElse("")
                    + "; each link works once";
            case EXPIRED -> "This link expired at " + link.expiresAt();
            case WRONG_PURPOSE -> "This link is for " + (link.purpose() == ProviderLinkPurpose.ANSWER_NOTIFICATION
                    ? "answering a withdrawal notice" : "acknowledging a guidance note") + ", not this";
        };
    }

    /** The link's notices, for staff to post or e-mail (there is no mail channel here). */
    @WithSession
    public Uni<List<ProviderNotice>> notices(Optional<String> partnerId, int limit) {
        return links.notices(partnerId, limit);
    }
}
