package org.infoshare.sharing.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.sharing.domain.SharingEventMapper;
import org.infoshare.sharing.domain.Attestation;
import org.infoshare.sharing.domain.ConflictDeclaration;
import org.infoshare.sharing.domain.Protocol;
import org.infoshare.sharing.domain.ProtocolStatus;
import org.infoshare.sharing.persistence.AttestationRepository;
import org.infoshare.sharing.persistence.ConflictDeclarationRepository;
import org.infoshare.web.Page;
import org.infoshare.sharing.persistence.ProtocolRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * P5.1: partners attest their security measures and staff awareness per protocol, and declare a
 * conflict of a protocol with the law; staff and the DPO read both, the DPO's list at once.
 */
@ApplicationScoped
public class AttestationService {

    private final AttestationRepository attestations;
    private final ConflictDeclarationRepository conflicts;
    private final ProtocolRepository protocols;
    private final Outbox outbox;
    private final Clock clock;

    public AttestationService(AttestationRepository attestations, ConflictDeclarationRepository conflicts,
                              ProtocolRepository protocols, Outbox outbox, Clock clock) {
        this.attestations = attestations;
        this.conflicts = conflicts;
        this.protocols = protocols;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A partner attests for one of its own protocols; another partner's protocol is not there for it (404). */
    @WithTransaction
    public Uni<Attestation> attest(String partnerId, UUID protocolId, boolean securityMeasuresMet,
                                   boolean staffInformed, Optional<String> statement, String actorId) {
        return ownProtocol(partnerId, protocolId).chain(protocol -> {
            Attestation attestation = new Attestation(UUID.randomUUID(), protocol.id(), partnerId, securityMeasuresMet,
                    staffInformed, statement, actorId, clock.instant());
            return attestations.add(attestation)
                    .chain(() -> outbox.append(SharingEventMapper.attested(attestation)))
                    .replaceWith(attestation);
        });
    }

    /**
     * A partner declares a conflict of one of its own protocols with the law; it is listed to the DPO
     * at once, and an agreed protocol is suspended until the DPO resolves the conflict (P5.1).
     */
    @WithTransaction
    public Uni<ConflictDeclaration> declareConflict(String partnerId, UUID protocolId, String description,
                                                    String legalBasis, String actorId) {
        return ownProtocol(partnerId, protocolId).chain(protocol -> {
            Instant now = clock.instant();
            ConflictDeclaration declaration = new ConflictDeclaration(UUID.randomUUID(), protocol.id(), partnerId,
                    description, legalBasis, actorId, now);
            // P5.1: the organisation (the protocol's other party) and its dashboards are told at once
            return conflicts.add(declaration).chain(() -> suspend(protocol, now))
                    .chain(() -> outbox.append(SharingEventMapper.conflictDeclared(declaration, protocol.purpose())))
                    .replaceWith(declaration);
        });
    }

    /**
     * The DPO resolves an open conflict with written reasons (P5.1): PROTOCOL_REINSTATED agrees a
     * suspended protocol again once no other conflict on it is open; PROTOCOL_EXPIRED ends it. A
     * resolved conflict is 409; an unknown one 404.
     */
    @WithTransaction
    public Uni<ConflictDeclaration> resolveConflict(UUID conflictId, ConflictDeclaration.Outcome outcome,
                                                    String reasons, String actorId) {
        return conflicts.findForResolution(conflictId).chain(found -> {
            ConflictDeclaration conflict = found.orElseThrow(() -> Problems.notFound("conflict " + conflictId));
            if (!conflict.open()) {
                return Uni.createFrom().failure(Problems.conflict("Conflict " + conflictId + " was already resolved ("
                        + conflict.resolution().get().outcome() + ")"));
            }
            Instant now = clock.instant();
            ConflictDeclaration resolved = conflict.resolved(new ConflictDeclaration.Resolution(outcome, reasons, actorId, now));
            return conflicts.resolve(resolved)
                    .chain(() -> protocols.find(conflict.protocolId()))
                    .map(Optional::orElseThrow)
                    .chain(protocol -> conflicts.openOn(List.of(protocol.id()))
                            .map(open -> open.stream().filter(c -> !c.id().equals(conflictId)).toList())
                            .chain(open -> {
                                Protocol after = afterResolution(protocol, outcome, open, now);
                                Uni<?> changed = after.status() == protocol.status()
                                        ? Uni.createFrom().voidItem()
                                        : outbox.append(SharingEventMapper.protocolChanged(after,
                                                Optional.of(protocol.status()), actorId));
                                return protocols.updateStatus(after).chain(() -> changed)
                                        .chain(() -> outbox.append(SharingEventMapper.conflictResolved(resolved,
                                                after.status())));
                            }))
                    .replaceWith(resolved);
        });
    }

    /** P5.1: compliance with the law comes first, so nothing flows under an agreed protocol meanwhile. */
    private Uni<Void> suspend(Protocol protocol, Instant now) {
        return protocol.status() == ProtocolStatus.AGREED
                ? protocols.updateStatus(protocol.withStatus(ProtocolStatus.SUSPENDED, now))
                : Uni.createFrom().voidItem();
    }

    /** What the protocol becomes: ended, or agreed again when it was suspended and nothing else is open. */
    private static Protocol afterResolution(Protocol protocol, ConflictDeclaration.Outcome outcome,
                                            List<ConflictDeclaration> stillOpen, Instant now) {
        if (outcome == ConflictDeclaration.Outcome.PROTOCOL_EXPIRED) {
            return protocol.status() == ProtocolStatus.EXPIRED ? protocol : protocol.withStatus(ProtocolStatus.EXPIRED, now);
        }
        if (protocol.status() == ProtocolStatus.SUSPENDED && stillOpen.isEmpty()) {
            return protocol.withStatus(ProtocolStatus.AGREED, now);
        }
        return protocol;
    }

    @WithSession
    public Uni<Page<ConflictDeclaration>> conflicts(int page, int size) {
        return Page.of(conflicts.newestFirst(page, size), conflicts::count, page, size);
    }

    /** The calling partner's own protocols. */
    @WithSession
    public Uni<List<Protocol>> protocolsOf(String partnerId) {
        return protocols.forPartner(partnerId);
    }

    @WithSession
    public Uni<List<Attestation>> forProtocol(UUID protocolId) {
        return protocols.find(protocolId).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().failure(Problems.notFound("protocol " + protocolId));
            }
            return attestations.forProtocol(protocolId);
        });
    }

    private Uni<Protocol> ownProtocol(String partnerId, UUID protocolId) {
        return protocols.find(protocolId).map(found -> found.filter(p -> p.partnerId().equals(partnerId))
                .orElseThrow(() -> Problems.notFound("protocol " + protocolId + " of this partner")));
    }
}
