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
import org.infoshare.sharing.domain.HeldCells;
import org.infoshare.sharing.domain.Protocol;
import org.infoshare.sharing.domain.Release;
import org.infoshare.sharing.domain.ReleaseBuilder;
import org.infoshare.sharing.domain.ReleaseStatus;
import org.infoshare.sharing.domain.ShareRequest;
import org.infoshare.sharing.domain.SharingEventMapper;
import org.infoshare.sharing.persistence.PartnerRepository;
import org.infoshare.sharing.persistence.ProtocolRepository;
import org.infoshare.sharing.persistence.ReleaseRepository;
import org.infoshare.sharing.persistence.ReleasedCellRepository;
import org.infoshare.web.Caller;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Releases: made in the transaction that approves a share (so an approval and its release, with
 * share-released, commit together), fetched by their recipient with every fetch recorded, and
 * answered 410 Gone once withdrawn (P6.8).
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
     * Makes one release of a share's payload for a recipient and announces it (share-released). An
     * aggregate is checked against the counts this recipient was already shown (P7.4), under a lock
     * per recipient, and its shown counts are kept for the next. Joins the caller's transaction.
     */
    Uni<Release> release(ShareRequest request, String partnerId, List<String> purposes, List<String> categories,
                         Optional<UUID> parent) {
        boolean aggregate = request.payload().isAggregate();
        Uni<HeldCells> held = aggregate
                ? releasedCells.lockRecipient(partnerId).chain(() -> releasedCells.held(partnerId, categories))
                : Uni.createFrom().item(HeldCells.none());
        return held.chain(earlier -> partners.pseudonymKey(partnerId).chain(key -> protocolLimits(partnerId, purposes)
                .chain(limits -> {
                    ReleaseBuilder.Built built = ReleaseBuilder.build(UUID.randomUUID(), request,
                            new ReleaseBuilder.Recipient(partnerId, Pseudonyms.forKey(key), purposes, categories, parent,
                                    limits), config.smallCellThreshold(), earlier, clock.instant());
                    if (aggregate) {
                        LOG.infof("release %s to %s: %s", built.release().id(), partnerId, built.cumulative());
                    }
                    return releases.add(built.release())
                            .call(saved -> aggregate ? releasedCells.hold(saved) : Uni.createFrom().voidItem())
                            .call(saved -> outbox.append(SharingEventMapper.released(saved)));
                })));
    }

    /**
     * A partner fetches its own release. Another partner's release is 404, as if it did not exist;
     * a withdrawn one is 410 Gone, also when the withdrawal commits between reading the release and
     * counting the fetch. Each fetch of personal data is recorded (personal-data-accessed).
     */
    @WithTransaction
    public Uni<Release> fetch(UUID id, Caller caller) {
        String partnerId = caller.requirePartnerId();
        return own(id, partnerId).chain(release -> {
            if (release.withdrawn()) {
                return Uni.createFrom().failure(gone(release));
            }
            String purpose = "release-fetch:" + String.join(",", release.purposes());
            Uni<Void> recorded = reads.record(caller.reader(), purpose, release.subjectId()
                    .map(subject -> new PersonalDataReads.Seen(subject, "release/" + id)).stream().toList());
            // the release was read without a lock: a withdrawal may have committed since, and then
            // the guarded count finds it no longer live; it is gone, not handed out, and no access recorded
            return releases.recordFetch(id, clock.instant()).chain(live -> live
                    ? recorded.replaceWith(release)
                    : releases.find(id).chain(now -> Uni.createFrom().<Release>failure(
                            gone(now.orElse(release)))));
        });
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
        return new ProblemException(ProblemType.GONE, "Release " + release.id()
                + " was withdrawn" + release.withdrawnAt().map(at -> " at " + at).orElse("")
                + ": the person withdrew their consent (P6.8); it can no longer be fetched");
    }

    private Uni<List<String>> protocolLimits(String partnerId, List<String> purposes) {
        return protocols.forPartner(partnerId).map(found -> found.stream()
                .filter(protocol -> purposes.contains(protocol.purpose()))
                .map(Protocol::limitsOnUse).flatMap(List::stream).distinct().toList());
    }
}
