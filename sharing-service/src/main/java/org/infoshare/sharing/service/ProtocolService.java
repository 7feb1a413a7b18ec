package org.infoshare.sharing.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.sharing.domain.SharingEventMapper;
import org.infoshare.sharing.domain.DisclosureMethod;
import org.infoshare.sharing.domain.Protocol;
import org.infoshare.sharing.domain.ProtocolStatus;
import org.infoshare.sharing.persistence.ConflictDeclarationRepository;
import org.infoshare.sharing.persistence.PartnerRepository;
import org.infoshare.sharing.persistence.ProtocolRepository;
import org.infoshare.web.Page;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Information sharing protocols (P1.2): drafted, agreed, suspended and expired by the DPO. */
@ApplicationScoped
public class ProtocolService {

    private final ProtocolRepository protocols;
    private final PartnerRepository partners;
    private final ConflictDeclarationRepository conflicts;
    private final Outbox outbox;
    private final Clock clock;

    public ProtocolService(ProtocolRepository protocols, PartnerRepository partners,
                           ConflictDeclarationRepository conflicts, Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.protocols = protocols;
        this.partners = partners;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    public record ProtocolTerms(String partnerId, String purpose, String triggerCircumstances, DisclosureMethod method,
                                List<String> securityMeasures, List<String> limitsOnUse, List<String> dataCategories,
                                int staleConsentAfterDays, LocalDate reviewDate) {
    }

    /** A new protocol starts as a draft; it governs nothing until agreed. */
    @WithTransaction
    public Uni<Protocol> draft(ProtocolTerms terms, String dpoActorId) {
        return partners.find(terms.partnerId()).chain(partner -> {
            List<String> problems = new ArrayList<>();
            if (partner.isEmpty()) {
                problems.add("no partner " + terms.partnerId());
            } else if (partner.get().isSmallProvider()) {
                problems.add("P1.3 a small provider gets guidance notes, not a protocol");
            } else if (!partner.get().agreedFor(terms.purpose())) {
                problems.add("P1.1 " + terms.partnerId() + " is not agreed to receive data for " + terms.purpose());
            }
            if (!terms.reviewDate().isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
                problems.add("P1.2 the review date lies in the future");
            }
            if (!problems.isEmpty()) {
                return Uni.createFrom().failure(Problems.unprocessable("protocol", problems));
            }
            Instant now = clock.instant();
            Protocol protocol = new Protocol(UUID.randomUUID(), terms.partnerId(), terms.purpose(),
                    terms.triggerCircumstances(), terms.method(), terms.securityMeasures(), terms.limitsOnUse(),
                    terms.dataCategories().stream().distinct().toList(), terms.staleConsentAfterDays(),
                    ProtocolStatus.DRAFT, terms.reviewDate(), now, now);
            return protocols.add(protocol)
                    .chain(() -> outbox.append(SharingEventMapper.protocolChanged(protocol, Optional.empty(), dpoActorId)))
                    .replaceWith(protocol);
        });
    }

    @WithTransaction
    public Uni<Protocol> changeStatus(UUID id, ProtocolStatus next, String dpoActorId) {
        return existing(id).chain(protocol -> {
            if (protocol.status() == next) {
                return Uni.createFrom().item(protocol);
            }
            if (!protocol.status().canMoveTo(next)) {
                return Uni.createFrom().failure(Problems.conflict("A " + protocol.status() + " protocol cannot become " + next));
            }
            Protocol changed = protocol.withStatus(next, clock.instant());
            Uni<Protocol> save = protocols.updateStatus(changed)
                    .chain(() -> outbox.append(SharingEventMapper.protocolChanged(changed,
                            Optional.of(protocol.status()), dpoActorId)))
                    .replaceWith(changed);
            if (next != ProtocolStatus.AGREED) {
                return save;
            }
            // P5.1: a declared conflict with the law holds the protocol until the DPO resolves it
            return conflicts.openOn(List.of(id)).chain(open -> open.isEmpty()
                    ? save
                    : Uni.createFrom().<Protocol>failure(Problems.conflict("P5.1 protocol " + id + " has an open conflict with "
                            + open.get(0).legalBasis() + " (conflict " + open.get(0).id()
                            + "): the DPO resolves it first (POST /api/v1/protocol-conflicts/{id}/resolution)")));
        });
    }

    @WithSession
    public Uni<Protocol> find(UUID id) {
        return existing(id);
    }

    @WithSession
    public Uni<Page<Protocol>> list(Optional<String> partnerId, int page, int size) {
        return Page.of(protocols.list(partnerId, page, size), () -> protocols.count(partnerId), page, size);
    }

    private Uni<Protocol> existing(UUID id) {
        return protocols.find(id).map(found -> found.orElseThrow(() -> Problems.notFound("protocol " + id)));
    }
}
