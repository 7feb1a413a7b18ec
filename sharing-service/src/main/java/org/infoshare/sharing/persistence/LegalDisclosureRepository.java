package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.vocabulary.HandOverChannel;
import org.infoshare.events.vocabulary.LegalRecipientKind;
import org.infoshare.events.vocabulary.NotToldReason;
import org.infoshare.sharing.domain.LegalDisclosure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores legal-duty disclosures (P2.1); hands out domain records only, never entities. */
@ApplicationScoped
public class LegalDisclosureRepository {

    private final Entities entities;

    LegalDisclosureRepository(Entities entities) {
        this.entities = entities;
    }

    public Uni<Void> add(LegalDisclosure d) {
        LegalDisclosureEntity e = new LegalDisclosureEntity();
        e.id = d.id();
        e.subjectId = d.subjectId();
        e.recipientKind = d.recipientKind().name();
        e.recipientOrganisation = d.recipientOrganisation();
        e.orderReference = d.orderReference();
        e.identifiable = d.identifiable();
        e.justification = d.justification();
        e.tellSubject = d.tellSubject();
        e.notToldReason = d.notToldReason().map(Enum::name).orElse(null);
        e.decidedBy = d.decidedBy();
        e.decidedAt = d.decidedAt();
        e.status = d.status().name();
        return entities.persist(e).replaceWithVoid();
    }

    public Uni<Optional<LegalDisclosure>> find(UUID id) {
        return entities.findById(id).map(e -> Optional.ofNullable(e).map(LegalDisclosureRepository::toDomain));
    }

    public Uni<List<LegalDisclosure>> newestFirst(int page, int size) {
        return entities.findAll(Sort.descending("decidedAt").and("id")).page(Page.of(page, size)).list()
                .map(found -> found.stream().map(LegalDisclosureRepository::toDomain).toList());
    }

    public Uni<Long> count() {
        return entities.count();
    }

    /**
     * Marks the disclosure handed over, once: a repeated or late answer finds it completed already
     * and changes nothing.
     *
     * @return true when this call completed it
     */
    public Uni<Boolean> complete(UUID id, HandOverChannel channel, String handedOverBy, Instant at) {
        return entities.update("status = ?1, handOverChannel = ?2, handedOverBy = ?3, handedOverAt = ?4"
                                + " where id = ?5 and status = ?6", LegalDisclosure.Status.COMPLETED.name(),
                        channel.name(), handedOverBy, at, id, LegalDisclosure.Status.HANDOVER_REQUESTED.name())
                .map(updated -> updated > 0);
    }

    private static LegalDisclosure toDomain(LegalDisclosureEntity e) {
        return new LegalDisclosure(e.id, e.subjectId, LegalRecipientKind.valueOf(e.recipientKind),
                e.recipientOrganisation, e.orderReference, e.identifiable, e.justification, e.tellSubject,
                Optional.ofNullable(e.notToldReason).map(NotToldReason::valueOf), e.decidedBy, e.decidedAt,
                LegalDisclosure.Status.valueOf(e.status), Optional.ofNullable(e.handOverChannel).map(HandOverChannel::valueOf),
                Optional.ofNullable(e.handedOverBy), Optional.ofNullable(e.handedOverAt));
    }

    /** Panache's repository for the entity, kept inside persistence. */
    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<LegalDisclosureEntity, UUID> {
    }
}
