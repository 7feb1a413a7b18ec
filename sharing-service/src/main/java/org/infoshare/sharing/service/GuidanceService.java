package org.infoshare.sharing.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.sharing.domain.SharingEventMapper;
import org.infoshare.sharing.domain.GuidanceNote;
import org.infoshare.sharing.domain.Partner;
import org.infoshare.sharing.domain.SmallProviderKind;
import org.infoshare.sharing.persistence.GuidanceNoteRepository;
import org.infoshare.sharing.persistence.PartnerRepository;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Guidance notes for small providers (P1.3): published by the DPO, acknowledged by each recipient partner. */
@ApplicationScoped
public class GuidanceService {

    private final GuidanceNoteRepository notes;
    private final PartnerRepository partners;
    private final Outbox outbox;
    private final ProviderLinkIssuer links;
    private final Clock clock;

    public GuidanceService(GuidanceNoteRepository notes, PartnerRepository partners, Outbox outbox,
                           ProviderLinkIssuer links, Clock clock) {
        this.outbox = outbox;
        this.links = links;
        this.notes = notes;
        this.partners = partners;
        this.clock = clock;
    }

    public record GuidanceContent(SmallProviderKind kind, List<String> purposes, List<String> dataCategories,
                                  String methodOfDisclosure, List<String> securityMeasures, List<String> limitsOnUse,
                                  int staleConsentAfterDays) {
    }

    /** Publishes the next version for a kind, with a link for each of its small providers; earlier versions stay as they were. */
    @WithTransaction
    public Uni<GuidanceNote> publish(String dpoActorId, GuidanceContent content) {
        return notes.nextVersion(content.kind()).chain(version -> {
            GuidanceNote note = new GuidanceNote(UUID.randomUUID(), content.kind(), version,
                    content.purposes().stream().distinct().toList(), content.dataCategories().stream().distinct().toList(),
                    content.methodOfDisclosure(), content.securityMeasures(), content.limitsOnUse(),
                    content.staleConsentAfterDays(), clock.instant());
            return notes.add(note)
                    .chain(() -> outbox.append(SharingEventMapper.guidanceIssued(note, dpoActorId)))
                    // issue 13 item 4b: each small provider of the kind gets a link to acknowledge it
                    .chain(() -> links.forGuidance(note, note.publishedAt()))
                    .replaceWith(note);
        });
    }

    @WithSession
    public Uni<List<GuidanceNote>> list(Optional<SmallProviderKind> kind) {
        return notes.list(kind);
    }

    @WithSession
    public Uni<GuidanceNote> find(UUID id) {
        return notes.find(id).map(found -> found.orElseThrow(() -> Problems.notFound("guidance note " + id)));
    }

    /** The notes for the calling partner's kind, with the versions it acknowledged. */
    public record PartnerGuidance(List<GuidanceNote> notes, Set<UUID> acknowledged) {
    }

    @WithSession
    public Uni<PartnerGuidance> forPartner(String partnerId) {
        return smallProvider(partnerId).chain(partner -> notes.list(partner.smallProviderKind())
                .chain(found -> notes.acknowledgedBy(partnerId).map(acks -> new PartnerGuidance(found, acks))));
    }

    /** P1.3: the recipient partner acknowledges the guidance version it received; a repeat changes nothing. */
    public record Acknowledgement(GuidanceNote note, String partnerId, boolean recorded) {
    }

    @WithTransaction
    public Uni<Acknowledgement> acknowledge(String partnerId, UUID noteId, String actorId) {
        return smallProvider(partnerId).chain(partner -> notes.find(noteId).chain(found -> {
            if (found.isEmpty() || partner.smallProviderKind().filter(k -> k == found.get().smallProviderKind()).isEmpty()) {
                // Another kind's note is not this partner's to acknowledge: it is not there for it.
                return Uni.createFrom().failure(Problems.notFound("guidance note " + noteId + " for this partner"));
            }
            Instant now = clock.instant();
            // a repeat changes nothing, so it announces nothing
            return notes.acknowledge(noteId, partnerId, actorId, now)
                    .call(recorded -> recorded
                            ? outbox.append(SharingEventMapper.guidanceAcknowledged(found.get(), partnerId, actorId, now))
                            : Uni.createFrom().voidItem())
                    .map(recorded -> new Acknowledgement(found.get(), partnerId, recorded));
        }));
    }

    private Uni<Partner> smallProvider(String partnerId) {
        return partners.find(partnerId).map(found -> found.filter(Partner::isSmallProvider).orElseThrow(() ->
                new ProblemException(ProblemType.FORBIDDEN, "Guidance notes are for registered small providers")));
    }
}
