package org.infoshare.sharing.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.sharing.domain.OnwardRequest;
import org.infoshare.sharing.domain.OnwardSharingRule;
import org.infoshare.sharing.persistence.ConsentProjectionRepository;
import org.infoshare.sharing.persistence.OnwardRequestRepository;
import org.infoshare.sharing.persistence.PartnerRepository;
import org.infoshare.sharing.persistence.ReleaseRepository;
import org.infoshare.sharing.persistence.ShareRequestRepository;
import org.infoshare.web.Page;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Onward sharing (P10.1): a partner asks to pass its release on; the DPO decides; an approval makes
 * a child release for the new recipient (its own pseudonyms, the parent's categories, the asked
 * purpose), so withdrawal and breach tracing reach it.
 */
@ApplicationScoped
public class OnwardSharingService {

    private final OnwardRequestRepository onward;
    private final ReleaseRepository releases;
    private final ReleaseService releasing;
    private final ShareRequestRepository shares;
    private final PartnerRepository partners;
    private final ConsentProjectionRepository consents;
    private final Clock clock;

    public OnwardSharingService(OnwardRequestRepository onward, ReleaseRepository releases, ReleaseService releasing,
                                ShareRequestRepository shares, PartnerRepository partners,
                                ConsentProjectionRepository consents, Clock clock) {
        this.onward = onward;
        this.releases = releases;
        this.releasing = releasing;
        this.shares = shares;
        this.partners = partners;
        this.consents = consents;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<OnwardRequest> request(UUID releaseId, String partnerId, String recipientPartnerId, String purpose,
                                      String justification, String actorId) {
        return releasing.own(releaseId, partnerId).chain(release -> {
            if (release.withdrawn()) {
                return Uni.createFrom().failure(ReleaseService.gone(release));
            }
            return partners.find(recipientPartnerId).chain(recipient -> {
                List<String> problems = OnwardSharingRule.problems(release, purpose, recipient);
                if (!problems.isEmpty()) {
                    return Uni.createFrom().failure(Problems.unprocessable("recipientPartnerId", problems));
                }
                return onward.add(new OnwardRequest(UUID.randomUUID(), releaseId, partnerId, recipientPartnerId,
                        purpose, justification, actorId, clock.instant(), OnwardRequest.Status.AWAITING_DPO,
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
            });
        });
    }

    /** The DPO's decision; the rule is checked again as things stand now (the release may be withdrawn since). */
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
                return onward.update(refused).replaceWith(refused);
            }
            // The parent's consent is locked before the parent is read, so a withdrawal cannot
            // commit between this check and the child release (which it would then never see).
            return releases.consentOf(request.releaseId())
                    .chain(consentId -> consentId.map(consents::lockForRelease).orElseGet(() -> Uni.createFrom().voidItem()))
                    .chain(() -> releases.find(request.releaseId())).map(Optional::orElseThrow).chain(parent -> partners
                    .find(request.recipientPartnerId()).chain(recipient -> {
                        List<String> problems = OnwardSharingRule.problems(parent, request.purpose(), recipient);
                        if (!problems.isEmpty()) {
                            return Uni.createFrom().failure(Problems.unprocessable("approve", problems));
                        }
                        return shares.find(parent.shareRequestId()).map(Optional::orElseThrow)
                                .chain(share -> releasing.release(share.request(), request.recipientPartnerId(),
                                        List.of(request.purpose()), parent.dataCategories(), Optional.of(parent.id())))
                                .chain(child -> {
                                    OnwardRequest approved = request.decided(true, dpoActorId, clock.instant(),
                                            justification, Optional.of(child.id()));
                                    return onward.update(approved).replaceWith(approved);
                                });
                    }));
        });
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
