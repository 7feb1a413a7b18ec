package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.sharing.domain.GuidanceNote;
import org.infoshare.sharing.domain.SmallProviderKind;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stores guidance notes, one version after another per small-provider kind, and who acknowledged which. */
@ApplicationScoped
public class GuidanceNoteRepository {

    private final Notes notes;
    private final Acknowledgements acknowledgements;

    GuidanceNoteRepository(Notes notes, Acknowledgements acknowledgements) {
        this.notes = notes;
        this.acknowledgements = acknowledgements;
    }

    /** The next version number for a kind (the unique constraint settles a race). */
    public Uni<Integer> nextVersion(SmallProviderKind kind) {
        return current(kind).map(found -> found.map(GuidanceNote::version).orElse(0) + 1);
    }

    public Uni<Void> add(GuidanceNote note) {
        GuidanceNoteEntity e = new GuidanceNoteEntity();
        e.id = note.id();
        e.smallProviderKind = note.smallProviderKind().name();
        e.version = note.version();
        e.purposes = note.purposes();
        e.dataCategories = note.dataCategories();
        e.methodOfDisclosure = note.methodOfDisclosure();
        e.securityMeasures = note.securityMeasures();
        e.limitsOnUse = note.limitsOnUse();
        e.staleConsentAfterDays = note.staleConsentAfterDays();
        e.publishedAt = note.publishedAt();
        return notes.persist(e).replaceWithVoid();
    }

    public Uni<Optional<GuidanceNote>> current(SmallProviderKind kind) {
        return notes.find("smallProviderKind", Sort.descending("version"), kind.name()).firstResult()
                .map(e -> Optional.ofNullable(e).map(GuidanceNoteRepository::toDomain));
    }

    public Uni<Optional<GuidanceNote>> find(UUID id) {
        return notes.findById(id).map(e -> Optional.ofNullable(e).map(GuidanceNoteRepository::toDomain));
    }

    public Uni<List<GuidanceNote>> list(Optional<SmallProviderKind> kind) {
        Sort order = Sort.ascending("smallProviderKind").and("version", Sort.Direction.Descending);
        var query = kind.map(k -> notes.find("smallProviderKind", order, k.name())).orElseGet(() -> notes.findAll(order));
        return query.list().map(found -> found.stream().map(GuidanceNoteRepository::toDomain).toList());
    }

    /** Records an acknowledgement; false when this partner had acknowledged this version already. */
    public Uni<Boolean> acknowledge(UUID noteId, String partnerId, String actorId, Instant at) {
        return acknowledgements.count("guidanceNoteId = :note and partnerId = :partner",
                Parameters.with("note", noteId).and("partner", partnerId)).chain(existing -> {
            if (existing > 0) {
                return Uni.createFrom().item(false);
            }
            GuidanceAcknowledgementEntity e = new GuidanceAcknowledgementEntity();
            e.id = UUID.randomUUID();
            e.guidanceNoteId = noteId;
            e.partnerId = partnerId;
            e.acknowledgedBy = actorId;
            e.acknowledgedAt = at;
            return acknowledgements.persist(e).replaceWith(true);
        });
    }

    public Uni<Set<UUID>> acknowledgedBy(String partnerId) {
        return acknowledgements.find("partnerId", partnerId).list()
                .map(found -> found.stream().map(e -> e.guidanceNoteId).collect(Collectors.toSet()));
    }

    private static GuidanceNote toDomain(GuidanceNoteEntity e) {
        return new GuidanceNote(e.id, SmallProviderKind.valueOf(e.smallProviderKind), e.version, e.purposes,
                e.dataCategories, e.methodOfDisclosure, e.securityMeasures, e.limitsOnUse, e.staleConsentAfterDays,
                e.publishedAt);
    }

    @ApplicationScoped
    static class Notes implements PanacheRepositoryBase<GuidanceNoteEntity, UUID> {
    }

    @ApplicationScoped
    static class Acknowledgements implements PanacheRepositoryBase<GuidanceAcknowledgementEntity, UUID> {
    }
}
