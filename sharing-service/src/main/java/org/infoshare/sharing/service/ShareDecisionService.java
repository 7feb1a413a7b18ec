package org.infoshare.sharing.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.vocabulary.ShareOutcome;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.sharing.domain.ConsentProjection;
import org.infoshare.sharing.domain.DecidedShare;
import org.infoshare.sharing.domain.Generalisation;
import org.infoshare.sharing.domain.ShareContext;
import org.infoshare.sharing.domain.ShareDecisionEngine;
import org.infoshare.sharing.domain.ShareRequest;
import org.infoshare.sharing.domain.SharingEventMapper;
import org.infoshare.sharing.persistence.ConsentProjectionRepository;
import org.infoshare.sharing.persistence.ShareRequestRepository;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Share requests and their decisions. The decision reads only sharing-service's own tables (the
 * consent projection included: never consent-service), and every decision commits with its
 * share-decided event.
 */
@ApplicationScoped
public class ShareDecisionService {

    private final ShareRequestRepository shares;
    private final ShareContexts contexts;
    private final ConsentProjectionRepository consents;
    private final Outbox outbox;
    private final ReleaseService releases;
    private final Clock clock;

    public ShareDecisionService(ShareRequestRepository shares, ShareContexts contexts,
                                ConsentProjectionRepository consents, Outbox outbox, ReleaseService releases,
                                Clock clock) {
        this.shares = shares;
        this.contexts = contexts;
        this.consents = consents;
        this.outbox = outbox;
        this.releases = releases;
        this.clock = clock;
    }

    /**
     * Records the request, decides it, and announces both (share-requested, share-decided); an
     * approved share is released in the same transaction (share-released).
     */
    @WithTransaction
    public Uni<DecidedShare> request(ShareRequest received) {
        Optional<ProblemException> unshareable = PayloadCheck.problem(received);
        if (unshareable.isPresent()) {
            return Uni.createFrom().failure(unshareable.get());
        }
        ShareRequest request = received.withPayload(Generalisation.generalise(received.payload()));
        // screened as it would be stored: an exact postcode field is already its district by now
        Optional<ProblemException> identifying = PayloadCheck.identifiersInFreeText(request);
        if (identifying.isPresent()) {
            return Uni.createFrom().failure(identifying.get());
        }
        return context(request).chain(context -> {
            DecidedShare decided = DecidedShare.of(request, ShareDecisionEngine.decide(context), DecidedShare.ENGINE,
                    context.now(), Optional.empty());
            // a request just made has no release yet: nothing to look up before releasing it
            return shares.add(decided)
                    .chain(() -> outbox.appendAll(List.of(SharingEventMapper.requested(request),
                            SharingEventMapper.decided(decided))))
                    .chain(() -> releases.releaseFirstIfApproved(decided))
                    .replaceWith(decided);
        });
    }

    /**
     * P2.1 / P6.3: the DPO decides a request awaiting them, with a written justification. An
     * approval checks every other rule again as things stand now (a consent may have changed).
     */
    @WithTransaction
    public Uni<DecidedShare> dpoDecision(UUID id, boolean approve, String justification, String dpoActorId) {
        // Consent first, then the share: the order a consent event's transaction takes them in.
        return shares.consentOf(id)
                .chain(consentId -> consentId.map(consents::lockForRelease).orElseGet(() -> Uni.createFrom().voidItem()))
                .chain(() -> shares.findForDecision(id))
                .map(found -> found.orElseThrow(() -> Problems.notFound("share request " + id)))
                .chain(share -> decideAwaiting(share, approve, justification, dpoActorId));
    }

    private Uni<DecidedShare> decideAwaiting(DecidedShare share, boolean approve, String justification,
                                             String dpoActorId) {
        if (share.outcome() != ShareOutcome.AWAITING_DPO) {
            return Uni.createFrom().failure(Problems.conflict("Share request " + share.request().id() + " is "
                    + share.outcome() + ", not awaiting the DPO"));
        }
        Uni<DecidedShare> decided = approve
                ? context(share.request()).map(context -> DecidedShare.of(share.request(),
                        ShareDecisionEngine.decide(context, true), dpoActorId, context.now(), Optional.of(justification)))
                : Uni.createFrom().item(new DecidedShare(share.request(), ShareOutcome.REFUSED, share.reasons(),
                        share.findings(), dpoActorId, clock.instant(), Optional.of(justification)));
        return decided.chain(d -> shares.updateDecision(d).chain(() -> outbox.append(SharingEventMapper.decided(d)))
                .chain(() -> releases.releaseIfApproved(d)).replaceWith(d));
    }

    /**
     * The consent changed (re-confirmed, withdrawn in whole or part, expired): every share still
     * pending under it (held for stale consent, or awaiting the DPO) is decided again as things
     * stand now. A re-confirmation lets a held share proceed by itself (P6.7); a withdrawal or
     * expiry refuses what it no longer covers (P6.8: pending shares are cancelled). Only a changed
     * outcome is recorded and announced. Runs in the transaction of the consent event that told us.
     */
    public Uni<Void> consentChanged(ConsentProjection consent) {
        return shares.pendingUnder(consent.consentId()).chain(pending -> redecide(pending, 0));
    }

    private Uni<Void> redecide(List<DecidedShare> pending, int index) {
        if (index >= pending.size()) {
            return Uni.createFrom().voidItem();
        }
        DecidedShare before = pending.get(index);
        return context(before.request()).chain(context -> {
            DecidedShare decided = DecidedShare.of(before.request(), ShareDecisionEngine.decide(context),
                    DecidedShare.ENGINE, context.now(), Optional.empty());
            if (decided.outcome() == before.outcome()) {
                return Uni.createFrom().voidItem();
            }
            return shares.updateDecision(decided).chain(() -> outbox.append(SharingEventMapper.decided(decided)))
                    .chain(() -> releases.releaseIfApproved(decided)).replaceWithVoid();
        }).chain(() -> redecide(pending, index + 1));
    }

    @WithSession
    public Uni<DecidedShare> find(UUID id) {
        return existing(id);
    }

    @WithSession
    public Uni<Page<DecidedShare>> list(Optional<ShareOutcome> outcome, Optional<String> subjectId,
                                        Optional<String> contractId, int page, int size) {
        return Page.of(shares.list(outcome, subjectId, contractId, page, size),
                () -> shares.count(outcome, subjectId, contractId), page, size);
    }

    private Uni<DecidedShare> existing(UUID id) {
        return shares.find(id).map(found -> found.orElseThrow(() -> Problems.notFound("share request " + id)));
    }

    private Uni<ShareContext> context(ShareRequest request) {
        return contexts.of(request);
    }
}
