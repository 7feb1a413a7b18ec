package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.infoshare.events.vocabulary.Article9Condition;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.events.vocabulary.Sensitivity;
import org.infoshare.events.vocabulary.ShareBasis;
import org.infoshare.events.vocabulary.ShareOutcome;
import org.infoshare.sharing.domain.DecidedShare;
import org.infoshare.sharing.domain.LawfulCondition;
import org.infoshare.sharing.domain.Payload;
import org.infoshare.sharing.domain.ShareRequest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores share requests with their current decision; hands out domain records only. */
@ApplicationScoped
public class ShareRequestRepository {

    private final Entities entities;
    private final JsonColumns json;
    private final SealedColumns sealed;

    ShareRequestRepository(Entities entities, JsonColumns json, SealedColumns sealed) {
        this.entities = entities;
        this.json = json;
        this.sealed = sealed;
    }

    public Uni<Void> add(DecidedShare share) {
        ShareRequestEntity e = new ShareRequestEntity();
        ShareRequest r = share.request();
        e.id = r.id();
        e.subjectId = r.subjectId().orElse(null);
        e.contractId = r.contractId();
        e.partnerId = r.partnerId();
        e.purpose = r.purpose();
        e.dataCategories = r.dataCategories();
        e.identifiable = r.identifiable();
        e.identifiableReason = r.identifiableReason().orElse(null);
        e.basis = r.basis().name();
        e.consentId = r.consentId().orElse(null);
        e.legalReference = r.legalReference().orElse(null);
        e.lawfulBasis = r.lawfulCondition().map(c -> c.article6().name()).orElse(null);
        e.article9Condition = r.lawfulCondition().flatMap(LawfulCondition::article9).map(Enum::name).orElse(null);
        e.proportionality = r.proportionality().orElse(null);
        e.sensitivity = r.sensitivity().map(Enum::name).orElse(null);
        e.requestedBy = r.requestedBy();
        e.requestedAt = r.requestedAt();
        SealedColumns.Sealed payload = sealed.seal(json.write(r.payload()), SealedColumns.SHARE_PAYLOAD, e.id);
        e.payloadSealed = payload.value();
        e.payloadKeyId = payload.keyId();
        writeDecision(e, share);
        return entities.persist(e).replaceWithVoid();
    }

    public Uni<Void> updateDecision(DecidedShare share) {
        return entities.findById(share.request().id()).invoke(e -> writeDecision(e, share)).replaceWithVoid();
    }

    /** The consent a share is made under, read without loading (and caching) the share itself. */
    public Uni<Optional<UUID>> consentOf(UUID id) {
        return entities.getSession().chain(session -> session
                        .createNativeQuery("SELECT consent_id FROM share_request WHERE id = ?1", UUID.class)
                        .setParameter(1, id)
                        .getResultList())
                .map(rows -> rows.stream().filter(java.util.Objects::nonNull).findFirst());
    }

    /** The share locked for a decision, so two concurrent decisions on it cannot both win. */
    public Uni<Optional<DecidedShare>> findForDecision(UUID id) {
        return entities.findById(id, LockModeType.PESSIMISTIC_WRITE).map(e -> Optional.ofNullable(e).map(this::toDomain));
    }

    public Uni<Optional<DecidedShare>> find(UUID id) {
        return entities.findById(id).map(e -> Optional.ofNullable(e).map(this::toDomain));
    }

    /** Shares still pending under one consent (held for stale consent, or awaiting the DPO), oldest first. */
    public Uni<List<DecidedShare>> pendingUnder(UUID consentId) {
        return entities.find("consentId = ?1 and outcome in ?2", Sort.ascending("requestedAt"), consentId,
                        List.of(ShareOutcome.HELD_STALE_CONSENT.name(), ShareOutcome.AWAITING_DPO.name()))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .map(found -> found.stream().map(this::toDomain).toList());
    }

    /** Newest first, by outcome and by person (P6.1) when given. */
    public Uni<List<DecidedShare>> list(Optional<ShareOutcome> outcome, Optional<String> subjectId,
                                        Optional<String> contractId, int page, int size) {
        return filters(outcome, subjectId, contractId).find(entities, Optional.of(Sort.descending("requestedAt").and("id")))
                .page(Page.of(page, size)).list()
                .map(found -> found.stream().map(this::toDomain).toList());
    }

    public Uni<Long> count(Optional<ShareOutcome> outcome, Optional<String> subjectId, Optional<String> contractId) {
        return filters(outcome, subjectId, contractId).find(entities, Optional.empty()).count();
    }

    private static Filters filters(Optional<ShareOutcome> outcome, Optional<String> subjectId,
                                   Optional<String> contractId) {
        return new Filters().equal("outcome", "outcome", outcome.map(Enum::name)).equal("subjectId", "subject", subjectId)
                .equal("contractId", "contract", contractId);
    }

    private static void writeDecision(ShareRequestEntity e, DecidedShare share) {
        e.outcome = share.outcome().name();
        e.reasons = share.reasons();
        e.findings = share.findings();
        e.decidedBy = share.decidedBy();
        e.decidedAt = share.decidedAt();
        e.dpoJustification = share.dpoJustification().orElse(null);
    }

    private DecidedShare toDomain(ShareRequestEntity e) {
        ShareRequest request = new ShareRequest(e.id, Optional.ofNullable(e.subjectId), e.partnerId, e.purpose,
                e.dataCategories, e.identifiable, Optional.ofNullable(e.identifiableReason), ShareBasis.valueOf(e.basis),
                Optional.ofNullable(e.consentId), Optional.ofNullable(e.legalReference),
                Optional.ofNullable(e.proportionality), Optional.ofNullable(e.sensitivity).map(Sensitivity::valueOf),
                e.requestedBy, e.requestedAt, payloadOf(e),
                Optional.ofNullable(e.lawfulBasis).map(b -> new LawfulCondition(LawfulBasis.valueOf(b),
                        Optional.ofNullable(e.article9Condition).map(Article9Condition::valueOf))), e.contractId);
        return new DecidedShare(request, ShareOutcome.valueOf(e.outcome), e.reasons, e.findings, e.decidedBy,
                e.decidedAt, Optional.ofNullable(e.dpoJustification));
    }

    private Payload payloadOf(ShareRequestEntity e) {
        return json.payload(sealed.open(e.payloadSealed, e.payloadJson, SealedColumns.SHARE_PAYLOAD, e.id));
    }

    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<ShareRequestEntity, UUID> {
    }
}
