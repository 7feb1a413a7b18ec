package org.infoshare.sharing.service;

import org.infoshare.rules.RuleResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.sharing.config.SharingConfig;
import org.infoshare.sharing.domain.Agreement;
import org.infoshare.sharing.domain.ConsentProjection;
import org.infoshare.sharing.domain.GuidanceNote;
import org.infoshare.sharing.domain.Partner;
import org.infoshare.sharing.domain.Protocol;
import org.infoshare.sharing.domain.ProtocolSafeguards;
import org.infoshare.sharing.domain.RegularFlowRule;
import org.infoshare.sharing.domain.ShareContext;
import org.infoshare.sharing.domain.ShareRequest;
import org.infoshare.sharing.persistence.AttestationRepository;
import org.infoshare.sharing.persistence.ConflictDeclarationRepository;
import org.infoshare.sharing.persistence.ConsentProjectionRepository;
import org.infoshare.sharing.persistence.GuidanceNoteRepository;
import org.infoshare.sharing.persistence.PartnerRepository;
import org.infoshare.sharing.persistence.ProtocolRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Gathers what the decision engine reads for a share request, original or onward (P10.1), from
 * sharing-service's own tables only (the consent as projected, never consent-service). Joins the
 * caller's transaction.
 */
@ApplicationScoped
public class ShareContexts {

    private final PartnerRepository partners;
    private final ProtocolRepository protocols;
    private final GuidanceNoteRepository guidance;
    private final ConsentProjectionRepository consents;
    private final ConflictDeclarationRepository conflicts;
    private final AttestationRepository attestations;
    private final SharingConfig config;
    private final Clock clock;

    public ShareContexts(PartnerRepository partners, ProtocolRepository protocols, GuidanceNoteRepository guidance,
                         ConsentProjectionRepository consents, ConflictDeclarationRepository conflicts,
                         AttestationRepository attestations, SharingConfig config, Clock clock) {
        this.conflicts = conflicts;
        this.attestations = attestations;
        this.partners = partners;
        this.protocols = protocols;
        this.guidance = guidance;
        this.consents = consents;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Sequential, since one reactive session runs one query at a time. The consent is read first
     * under a shared lock, so no withdrawal can commit between reading it and committing the release
     * it allows.
     */
    Uni<ShareContext> of(ShareRequest request) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return consent(request).chain(consent -> partners.find(request.partnerId())
                .chain(partner -> protocols.forPartner(request.partnerId())
                        .chain(found -> currentGuidance(partner)
                                .chain(note -> guidance.acknowledgedBy(request.partnerId())
                                        .map(acks -> new ShareContext(request, partner,
                                                flow(partner, request.purpose(), found, note, acks, today), consent,
                                                now, config.kAnonymity()).withStaleAfter(config.accuracy().staleAfter()))
                                        .chain(context -> safeguards(context, found))))));
    }

    /** P5.1: open conflicts on the partner's protocols for the purpose; the governing protocol's latest attestation. */
    private Uni<ShareContext> safeguards(ShareContext context, List<Protocol> partnerProtocols) {
        List<UUID> forPurpose = partnerProtocols.stream()
                .filter(p -> p.purpose().equals(context.request().purpose())).map(Protocol::id).toList();
        Optional<UUID> governing = context.flow().agreement()
                .filter(a -> a.kind() == Agreement.Kind.PROTOCOL).map(Agreement::id);
        return conflicts.openOn(forPurpose).chain(open -> governing.map(attestations::latestFor)
                .orElseGet(() -> Uni.createFrom().item(Optional.empty()))
                .map(latest -> context.withSafeguards(new ProtocolSafeguards(open, latest))));
    }

    private static RegularFlowRule.Result flow(Optional<Partner> partner, String purpose, List<Protocol> found,
                                               Optional<GuidanceNote> note, Set<UUID> acks, LocalDate today) {
        return partner.map(p -> RegularFlowRule.governing(p, purpose, found, note, acks, today))
                .orElseGet(() -> new RegularFlowRule.Result(Optional.empty(), RuleResult.refuse("P1.1", "not a registered partner")));
    }

    private Uni<Optional<GuidanceNote>> currentGuidance(Optional<Partner> partner) {
        return partner.flatMap(Partner::smallProviderKind).map(guidance::current)
                .orElseGet(() -> Uni.createFrom().item(Optional.empty()));
    }

    private Uni<Optional<ConsentProjection>> consent(ShareRequest request) {
        return request.consentId().map(consents::findForRelease).orElseGet(() -> Uni.createFrom().item(Optional.empty()));
    }
}
