package org.infoshare.sharing.service;

import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.sharing.domain.SharingEventMapper;
import org.infoshare.rules.RuleResult;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.vocabulary.ShareOutcome;
import org.infoshare.sharing.domain.OnwardRequest;
import org.infoshare.sharing.domain.OnwardShare;
import org.infoshare.sharing.domain.Release;
import org.infoshare.sharing.domain.ShareDecision;
import org.infoshare.sharing.domain.ShareDecisionEngine;
import org.infoshare.sharing.domain.ShareRequest;
import org.infoshare.sharing.persistence.ConsentProjectionRepository;
import org.infoshare.sharing.persistence.OnwardRequestRepository;
import org.infoshare.sharing.persistence.ReleaseRepository;
import org.infoshare.sharing.persistence.ShareRequestRepository;
import org.infoshare.web.Page;
import org.infoshare.web.Problem;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Onward sharing (P10.1): a partner asks to pass its release on; the onward share is decided by the
 * same engine as any share, for the new recipient and purpose, plus the onward rule; what passes
 * waits for the DPO, whose approval (the organisation's prior written consent) decides it again as
 * things stand then and makes a child release for the new recipient (its own pseudonyms, only the
 * categories it may have), so withdrawal and breach tracing reach it. A refusal or a hold is a 422
 * naming the rules, and nothing is stored or released.
 */
@ApplicationScoped
public class OnwardSharingService {

    private final OnwardRequestRepository onward;
    private final ReleaseRepository releases;
    private final ReleaseService releasing;
    private final ShareRequestRepository shares;
    private final ShareContexts contexts;
    private final ConsentProjectionRepository consents;
    private final Outbox outbox;
    private final Clock clock;

    public OnwardSharingService(OnwardRequestRepository onward, ReleaseRepository releases, ReleaseService releasing,
                                ShareRequestRepository shares, ShareContexts contexts,
                                ConsentProjectionRepository consents, Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.onward = onward;
        this.releases = releases;
        this.releasing = releasing;
        this.shares = shares;
        this.contexts = contexts;
        this.consents = consents;
        this.clock = clock;
    }

    /** The holder asks; stored for the DPO only when every rule but the DPO's consent is met now. */
    @WithTransaction
    public Uni<OnwardRequest> request(UUID releaseId, String partnerId, String recipientPartnerId, String purpose,
                                      String justification, String actorId) {
        Instant now = clock.instant();
        return releasing.own(releaseId, partnerId).chain(parent -> {
            if (parent.withdrawn()) {
                return Uni.createFrom().failure(ReleaseService.gone(parent));
            }
            return original(parent)
                    .map(original -> OnwardShare.request(original, parent, recipientPartnerId, purpose, justification,
                            actorId, now))
                    .chain(share -> decide(share, parent, false))
                    .chain(decided -> onward.add(new OnwardRequest(UUID.randomUUID(), releaseId, partnerId,
                            recipientPartnerId, purpose, justification, actorId, now,
                            OnwardRequest.Status.AWAITING_DPO, Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.empty())))
                    .call(stored -> outbox.append(SharingEventMapper.onwardRequested(stored, parent.subjectId())));
        });
    }

    /**
     * The DPO's decision. An approval is the organisation's prior written consent; the onward share
     * is decided again as things stand now (the release may be withdrawn, the consent changed, the
     * recipient's guidance replaced since), and only an approval makes the child release.
     */
    @WithTransaction
    public Uni<OnwardRequest> decide(UUID id, boolean approve, String justification, String dpoActorId) {
        return onward.findForDecision(id).chain(found -> {
            OnwardRequest request = found.orElseThrow(() -> Problems.notFound("onward request " + id));
            if (request.status() != OnwardRequest.Status.AWAITING_DPO) {
                return Uni.createFrom().failure(Problems.conflict("Onward request " + id + " is " + request.status()
                        + ", not awaiting the DPO"));
            }
            if (!approve) {
                OnwardRequest refused = request.decided(false, dpoActorId, clock.instant(), justification, Optional.empty());
                return onward.update(refused)
                        .chain(() -> releases.find(request.releaseId()))
                        .chain(parent -> outbox.append(SharingEventMapper.onwardDecided(refused,
                                parent.flatMap(Release::subjectId))))
                        .replaceWith(refused);
            }
            // The parent's consent is locked before the parent is read, so a withdrawal cannot
            // commit between this check and the child release (which it would then never see).
            return releases.consentOf(request.releaseId())
                    .chain(consentId -> consentId.map(consents::lockForRelease).orElseGet(() -> Uni.createFrom().voidItem()))
                    .chain(() -> releases.find(request.releaseId())).map(Optional::orElseThrow)
                    .chain(parent -> original(parent).map(original -> OnwardShare.request(original, parent, request))
                            .chain(share -> decide(share, parent, true)
                                    .chain(() -> releasing.release(share, share.partnerId(), List.of(share.purpose()),
                                            share.dataCategories(), Optional.of(parent.id())))))
                    .chain(child -> {
                        OnwardRequest approved = request.decided(true, dpoActorId, clock.instant(), justification,
                                Optional.of(child.id()));
                        return onward.update(approved)
                                .chain(() -> outbox.append(SharingEventMapper.onwardDecided(approved, child.subjectId())))
                                .replaceWith(approved);
                    });
        });
    }

    private Uni<ShareRequest> original(Release parent) {
        return shares.find(parent.shareRequestId()).map(found -> found.orElseThrow().request());
    }

    /** Runs the engine on the onward share; fails with the refusing (or holding) rules unless it may go on. */
    private Uni<ShareDecision> decide(ShareRequest share, Release parent, boolean dpoConsented) {
        return contexts.of(share).chain(context -> {
            ShareDecision decision = ShareDecisionEngine.decideOnward(context, parent, dpoConsented);
            boolean stopped = decision.outcome() == ShareOutcome.REFUSED
                    || decision.outcome() == ShareOutcome.HELD_STALE_CONSENT;
            return stopped ? Uni.createFrom().failure(refused(decision)) : Uni.createFrom().item(decision);
        });
    }

    /** 422 naming the rules that stopped the onward share, each with its explanation. */
    static ProblemException refused(ShareDecision decision) {
        boolean held = decision.outcome() == ShareOutcome.HELD_STALE_CONSENT;
        RuleResult.Effect stopping = held ? RuleResult.Effect.HOLD_STALE_CONSENT : RuleResult.Effect.REFUSE;
        String why = decision.findings().stream().filter(f -> f.effect() == stopping)
                .map(f -> f.explanation().startsWith(f.ruleId() + " ") ? f.explanation()
                        : f.ruleId() + " " + f.explanation())
                .collect(Collectors.joining("; "));
        String verdict = held
                ? "The onward share cannot go on until the person re-confirms their consent (recorded in "
                        + "consent-service); ask again then: "
                : "The onward share is refused: ";
        return new ProblemException(Problem.refusedBy(ProblemType.UNPROCESSABLE, verdict + why, decision.reasons()));
    }

    @WithSession
    public Uni<Page<OnwardRequest>> list(Optional<String> requestingPartner, Optional<OnwardRequest.Status> status,
                                         int page, int size) {
        return Page.of(onward.list(requestingPartner, status, page, size),
                () -> onward.count(requestingPartner, status), page, size);
    }

    @WithSession
    public Uni<OnwardRequest> find(UUID id) {
        return onward.find(id).map(found -> found.orElseThrow(() -> Problems.notFound("onward request " + id)));
    }

    /** A partner's own onward request; another partner's is as absent as one that does not exist. */
    @WithSession
    public Uni<OnwardRequest> findOwn(UUID id, String partnerId) {
        return onward.find(id).map(found -> found.filter(o -> o.requestingPartnerId().equals(partnerId))
                .orElseThrow(() -> Problems.notFound("onward request " + id)));
    }
}
