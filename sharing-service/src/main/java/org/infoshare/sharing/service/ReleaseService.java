package org.infoshare.sharing.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.vocabulary.ShareOutcome;
import org.infoshare.messaging.access.PersonalDataReads;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.sharing.config.SharingConfig;
import org.infoshare.sharing.domain.DecidedShare;
import org.infoshare.sharing.domain.DisclosureMethod;
import org.infoshare.sharing.domain.HeldCells;
import org.infoshare.sharing.domain.Protocol;
import org.infoshare.sharing.domain.Release;
import org.infoshare.sharing.domain.RegularFlowRule;
import org.infoshare.sharing.domain.ReleaseBuilder;
import org.infoshare.sharing.domain.ReleaseDeliveryRule;
import org.infoshare.sharing.domain.ReleaseStatus;
import org.infoshare.rules.RuleResult;
import org.infoshare.sharing.domain.ShareRequest;
import org.infoshare.sharing.domain.SharingEventMapper;
import org.infoshare.sharing.persistence.PartnerRepository;
import org.infoshare.sharing.persistence.ProtocolRepository;
import org.infoshare.sharing.persistence.ReleaseRepository;
import org.infoshare.sharing.persistence.ReleasedCellRepository;
import org.infoshare.web.Caller;
import org.infoshare.web.Page;
import org.infoshare.web.Problem;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Releases: made in the transaction that approves a share (so an approval and its release, with
 * share-released, commit together), delivered only by their protocol's channel (P11.1): fetched by
 * their recipient with every fetch recorded, or sent by staff by secure e-mail; answered 410 Gone
 * once withdrawn (P6.8) or destroyed.
 */
@ApplicationScoped
public class ReleaseService {

    private static final Logger LOG = Logger.getLogger(ReleaseService.class);

    private final ReleaseRepository releases;
    private final ReleasedCellRepository releasedCells;
    private final PartnerRepository partners;
    private final ProtocolRepository protocols;
    private final Outbox outbox;
    private final PersonalDataReads reads;
    private final SharingConfig config;
    private final Clock clock;

    public ReleaseService(ReleaseRepository releases, ReleasedCellRepository releasedCells, PartnerRepository partners,
                          ProtocolRepository protocols, Outbox outbox, PersonalDataReads reads, SharingConfig config,
                          Clock clock) {
        this.releases = releases;
        this.releasedCells = releasedCells;
        this.partners = partners;
        this.protocols = protocols;
        this.outbox = outbox;
        this.reads = reads;
        this.config = config;
        this.clock = clock;
    }

    /** Releases an approved share to its recipient, once; anything else releases nothing. Joins the caller's transaction. */
    public Uni<Optional<Release>> releaseIfApproved(DecidedShare decided) {
        if (decided.outcome() != ShareOutcome.APPROVED) {
            return Uni.createFrom().item(Optional.empty());
        }
        return releases.existsForShare(decided.request().id()).chain(done -> done
                ? Uni.createFrom().item(Optional.<Release>empty())
                : releaseFirstIfApproved(decided));
    }

    /** The same for a share decided for the first time, which cannot have a release yet. Joins the caller's transaction. */
    public Uni<Optional<Release>> releaseFirstIfApproved(DecidedShare decided) {
        ShareRequest request = decided.request();
        if (decided.outcome() != ShareOutcome.APPROVED) {
            return Uni.createFrom().item(Optional.empty());
        }
        return release(request, request.partnerId(), List.of(request.purpose()), request.dataCategories(),
                Optional.empty()).map(Optional::of);
    }

    /**
     * Makes one release of a share's payload for a recipient and announces it (share-released). The
     * protocol governing the flow (as the decision chose it, P1.2) sets the channel (P11.1); a small
     * provider works under guidance notes, which name none. An aggregate is checked against the counts
     * this recipient was already shown (P7.4), under a lock per recipient, and its shown counts are
     * kept for the next. Joins the caller's transaction.
     */
    Uni<Release> release(ShareRequest request, String partnerId, List<String> purposes, List<String> categories,
                         Optional<UUID> parent) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        boolean aggregate = request.payload().isAggregate();
        Uni<HeldCells> held = aggregate
                ? releasedCells.lockRecipient(partnerId).chain(() -> releasedCells.held(partnerId, categories))
                : Uni.createFrom().item(HeldCells.none());
        return held.chain(earlier -> partners.pseudonymKey(partnerId).chain(key -> partners.find(partnerId).chain(partner ->
                protocols.forPartner(partnerId).chain(found -> {
                    Optional<Protocol> governing = partner.filter(p -> !p.isSmallProvider()).flatMap(p ->
                            purposes.stream().map(purpose -> RegularFlowRule.governingProtocol(found, partnerId, purpose, today))
                                    .flatMap(Optional::stream).findFirst());
                    ReleaseBuilder.Built built = ReleaseBuilder.build(UUID.randomUUID(), request,
                            new ReleaseBuilder.Recipient(partnerId, Pseudonyms.forKey(key), purposes, categories, parent,
                                    limits(found, purposes), governing),
                            config.smallCellThreshold(), earlier, clock.instant());
                    if (aggregate) {
                        LOG.infof("release %s to %s: %s", built.release().id(), partnerId, built.cumulative());
                    }
                    return releases.add(built.release())
                            .call(saved -> aggregate ? releasedCells.hold(saved) : Uni.createFrom().voidItem())
                            .call(saved -> outbox.append(SharingEventMapper.released(saved)));
                }))));
    }

    /**
     * A partner fetches its own release by a route: the partner API for SECURE_API releases, the
     * portal for PORTAL ones (P11.1; another route is 409 saying how it is delivered, and nothing is
     * recorded). Another partner's release is 404, as if it did not exist; a withdrawn or destroyed
     * one is 410 Gone, also when the withdrawal or destruction commits between reading the release
     * and counting the fetch. Each fetch of personal data is recorded (personal-data-accessed); the
     * first is the release's delivery (release-delivered).
     */
    @WithTransaction
    public Uni<Release> fetch(UUID id, Caller caller, ReleaseDeliveryRule.Route route) {
        String partnerId = caller.requirePartnerId();
        return own(id, partnerId).chain(release -> {
            Optional<ProblemException> refused = refusal(release, route);
            if (refused.isPresent()) {
                return Uni.createFrom().failure(refused.get());
            }
            Instant now = clock.instant();
            String purpose = "release-fetch:" + String.join(",", release.purposes());
            Uni<Void> recorded = reads.record(caller.reader(), purpose, release.subjectId()
                    .map(subject -> new PersonalDataReads.Seen(subject, "release/" + id)).stream().toList());
            // the release was read without a lock: a withdrawal or destruction may have committed
            // since, and then the guarded count finds it no longer live; it is gone, not handed out,
            // and no access recorded
            return releases.recordFetch(id, now).chain(live -> live
                    ? delivered(release, caller.actorId(), now).chain(() -> recorded).replaceWith(release)
                    : releases.reread(id).chain(found -> Uni.createFrom().<Release>failure(
                            gone(found.orElse(release)))));
        });
    }

    /**
     * P11.1: staff record that they sent a SECURE_EMAIL release to its protocol's named recipient:
     * the release's delivery, announced as release-delivered. Once only (409 after); a release on
     * another channel is 409, a withdrawn or destroyed one 410.
     */
    @WithTransaction
    public Uni<Handover> recordSecureEmail(UUID id, String staffActorId) {
        return releases.find(id).map(found -> found.orElseThrow(() -> Problems.notFound("release " + id)))
                .chain(release -> {
                    Optional<ProblemException> refused = refusal(release, ReleaseDeliveryRule.Route.SECURE_EMAIL);
                    if (refused.isPresent()) {
                        return Uni.createFrom().failure(refused.get());
                    }
                    if (release.lifecycle().delivered()) {
                        return Uni.createFrom().failure(alreadySent(release));
                    }
                    Instant now = clock.instant();
                    return releases.recordDelivery(id, staffActorId, now).chain(first -> first
                            ? outbox.append(SharingEventMapper.delivered(release, staffActorId, now))
                                    .chain(() -> handover(release, staffActorId, now))
                            : releases.reread(id).map(Optional::orElseThrow).chain(again -> Uni.createFrom()
                                    .failure(again.lifecycle().delivered() ? alreadySent(again) : gone(again))));
                });
    }

    /** A SECURE_EMAIL release's package, for the member of staff who sends it (P11.1); other channels 409, gone 410. */
    @WithSession
    public Uni<Release> secureEmailPackage(UUID id) {
        return find(id).map(release -> {
            refusal(release, ReleaseDeliveryRule.Route.SECURE_EMAIL).ifPresent(problem -> {
                throw problem;
            });
            return release;
        });
    }

    /** What a recorded secure e-mail handover says: to whom (the protocol's method) and who sent it when. */
    public record Handover(Release release, Optional<DisclosureMethod> method, String sentBy, Instant sentAt) {
    }

    private Uni<Handover> handover(Release release, String sentBy, Instant at) {
        return release.protocolId().map(protocols::find)
                .orElseGet(() -> Uni.createFrom().item(Optional.empty()))
                .map(protocol -> new Handover(release, protocol.map(Protocol::method), sentBy, at));
    }

    /** The first delivery is recorded and announced; later fetches are only counted. */
    private Uni<Void> delivered(Release release, String by, Instant at) {
        return releases.recordDelivery(release.id(), by, at).chain(first -> first
                ? outbox.append(SharingEventMapper.delivered(release, by, at)).replaceWithVoid()
                : Uni.createFrom().voidItem());
    }

    /** Gone (410) first: nothing is delivered once withdrawn or destroyed; then the channel (409, P11.1). */
    private static Optional<ProblemException> refusal(Release release, ReleaseDeliveryRule.Route route) {
        if (release.withdrawn() || release.destroyed()) {
            return Optional.of(gone(release));
        }
        RuleResult finding = ReleaseDeliveryRule.check(release, route);
        if (finding.effect() == RuleResult.Effect.SATISFIED) {
            return Optional.empty();
        }
        return Optional.of(new ProblemException(Problem.refusedBy(ProblemType.CONFLICT,
                finding.ruleId() + " " + finding.explanation(), List.of(finding.ruleId()))));
    }

    private static ProblemException alreadySent(Release release) {
        return Problems.conflict("Release " + release.id() + " was already sent by secure e-mail"
                + release.lifecycle().deliveredAt().map(at -> " at " + at).orElse("") + " (P11.1)");
    }

    @WithSession
    public Uni<Page<Release>> listOwn(String partnerId, Optional<ReleaseStatus> status, int page, int size) {
        return list(Optional.of(partnerId), status, page, size);
    }

    @WithSession
    public Uni<Page<Release>> list(Optional<String> partnerId, Optional<ReleaseStatus> status, int page, int size) {
        return Page.of(releases.list(partnerId, status, page, size),
                () -> releases.count(partnerId, status), page, size);
    }

    @WithSession
    public Uni<Release> find(UUID id) {
        return releases.find(id).map(found -> found.orElseThrow(() -> Problems.notFound("release " + id)));
    }

    Uni<Release> own(UUID id, String partnerId) {
        return releases.findOwn(id, partnerId).map(found -> found.orElseThrow(() -> Problems.notFound("release " + id)));
    }

    static ProblemException gone(Release release) {
        if (release.withdrawn()) {
            return new ProblemException(ProblemType.GONE, "Release " + release.id()
                    + " was withdrawn" + release.withdrawnAt().map(at -> " at " + at).orElse("")
                    + ": the person withdrew their consent (P6.8); it can no longer be fetched");
        }
        if (release.destroyed()) {
            return new ProblemException(ProblemType.GONE, "Release " + release.id() + "'s payload was destroyed"
                    + release.lifecycle().destroyedAt().map(at -> " at " + at).orElse("")
                    + " after its retention (P11.1); it can no longer be fetched, and only its record is kept");
        }
        return new ProblemException(ProblemType.GONE, "Release " + release.id() + " can no longer be fetched");
    }

    private static List<String> limits(List<Protocol> partnerProtocols, List<String> purposes) {
        return partnerProtocols.stream().filter(protocol -> purposes.contains(protocol.purpose()))
                .map(Protocol::limitsOnUse).flatMap(List::stream).distinct().toList();
    }
}
