package org.infoshare.consent.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.Capture;
import org.infoshare.consent.domain.Consent;
import org.infoshare.consent.domain.ConsentScope;
import org.infoshare.consent.domain.ConsentState;
import org.infoshare.consent.domain.ProxyAuthority;
import org.infoshare.consent.domain.Withdrawal;
import org.infoshare.events.vocabulary.Article9Condition;
import org.infoshare.events.vocabulary.CaptureChannel;
import org.infoshare.events.vocabulary.LawfulBasis;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores consents with their withdrawals and re-confirmations; hands out domain records only. */
@ApplicationScoped
public class ConsentRepository {

    private final Consents consents;
    private final Withdrawals withdrawals;
    private final Reconfirmations reconfirmations;

    ConsentRepository(Consents consents, Withdrawals withdrawals, Reconfirmations reconfirmations) {
        this.consents = consents;
        this.withdrawals = withdrawals;
        this.reconfirmations = reconfirmations;
    }

    public Uni<Void> add(Consent consent, Instant now) {
        ConsentEntity entity = new ConsentEntity();
        entity.id = consent.id();
        entity.subjectId = consent.subjectId();
        entity.handling = consent.handling();
        entity.lawfulBasis = consent.lawfulBasis().name();
        entity.article9Condition = consent.article9Condition().map(Enum::name).orElse(null);
        entity.captureChannel = consent.capture().channel().name();
        entity.capturedBy = consent.capture().takenBy();
        entity.capturedAt = consent.capture().takenAt();
        entity.witness = consent.capture().witness();
        entity.captureNotes = consent.capture().notes();
        entity.evidenceReference = consent.capture().evidenceReference();
        entity.informationSheetId = consent.informationSheetId();
        entity.informationSheetVersion = consent.informationSheetVersion();
        entity.reconfirmAfterDays = consent.reconfirmAfterDays();
        entity.expiresAt = consent.expiresAt().orElse(null);
        entity.contractId = consent.contractId();
        consent.proxy().ifPresent(proxy -> {
            entity.proxyKind = proxy.kind().name();
            entity.proxyReference = proxy.reference();
            entity.proxyScope = proxy.scope();
            entity.proxyExpiresAt = proxy.expiresAt();
        });
        writeChangeable(entity, consent, now);
        return consents.persist(entity).replaceWithVoid();
    }

    /** Saves what can change after creation: state, scope, version and last confirmation. */
    public Uni<Void> update(Consent consent, Instant now) {
        return consents.findById(consent.id()).invoke(entity -> writeChangeable(entity, consent, now)).replaceWithVoid();
    }

    public Uni<Optional<Consent>> find(UUID id) {
        return consents.findById(id).map(entity -> Optional.ofNullable(entity).map(ConsentRepository::toDomain));
    }

    /**
     * The consent as committed now, its row locked (SELECT ... FOR UPDATE) until the transaction
     * ends, so a change computed from it cannot overwrite a concurrent one: withdrawals, re-
     * confirmations and the lifecycle sweep queue up behind each other instead of losing a write.
     * Must be the transaction's first read of the consent (see {@link Locks}).
     */
    public Uni<Optional<Consent>> findForUpdate(UUID id) {
        return Locks.findForUpdate(consents, id)
                .map(entity -> Optional.ofNullable(entity).map(ConsentRepository::toDomain));
    }

    public Uni<List<Consent>> bySubject(String subjectId) {
        return consents.find("subjectId", Sort.ascending("capturedAt"), subjectId).list()
                .map(found -> found.stream().map(ConsentRepository::toDomain).toList());
    }

    public Uni<List<Consent>> list(Optional<String> subjectId, Optional<ConsentState> state, Optional<String> contractId,
                                   int page, int size) {
        return query(subjectId, state, contractId).page(Page.of(page, size)).list()
                .map(found -> found.stream().map(ConsentRepository::toDomain).toList());
    }

    public Uni<Long> count(Optional<String> subjectId, Optional<ConsentState> state, Optional<String> contractId) {
        return query(subjectId, state, contractId).count();
    }

    /**
     * Consents that time has moved by {@code now}: active ones past their expiry or re-confirmation
     * threshold, and ones awaiting re-confirmation past their expiry. Selected in SQL (days as exact
     * 24 hours, as {@code ReconfirmationSchedule} counts them) so a sweep reads only these, at most
     * {@code limit} of them; the domain rule still decides each. Each row comes locked until the
     * transaction ends; one that another transaction holds (a withdrawal, say) is skipped, not
     * waited for, and one changed since the sweep began is re-read, so the sweep never writes back
     * a state it read before that change: a later sweep takes up what it skipped.
     */
    public Uni<List<Consent>> movedByTime(Instant now, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(MOVED_BY_TIME, String.class)
                        .setParameter(1, now).setParameter(2, limit).getResultList())
                .chain(ids -> ids.isEmpty()
                        ? Uni.createFrom().item(List.<ConsentEntity>of())
                        : consents.find("id in ?1", Sort.ascending("id"), ids.stream().map(UUID::fromString).toList()).list())
                .map(found -> found.stream().map(ConsentRepository::toDomain).toList());
    }

    private static final String MOVED_BY_TIME = """
            SELECT CAST(id AS TEXT) FROM consent
            WHERE (state = 'ACTIVE' AND (expires_at <= ?1
                       OR last_confirmed_at + make_interval(secs => reconfirm_after_days * 86400.0) <= ?1))
               OR (state = 'RECONFIRMATION_DUE' AND expires_at <= ?1)
            ORDER BY id LIMIT ?2
            FOR UPDATE SKIP LOCKED""";

    public Uni<Void> recordWithdrawal(UUID consentId, Withdrawal withdrawal) {
        ConsentWithdrawalEntity entity = new ConsentWithdrawalEntity();
        entity.id = UUID.randomUUID();
        entity.consentId = consentId;
        entity.whole = withdrawal.whole();
        entity.purposes = withdrawal.purposes();
        entity.recipientPartnerIds = withdrawal.recipientPartnerIds();
        entity.recipientPartnerKinds = withdrawal.recipientPartnerKinds();
        entity.channel = withdrawal.channel().name();
        entity.recordedBy = withdrawal.recordedBy();
        entity.withdrawnAt = withdrawal.withdrawnAt();
        entity.notes = withdrawal.notes();
        return withdrawals.persist(entity).replaceWithVoid();
    }

    public Uni<Void> recordReconfirmation(UUID consentId, Capture capture) {
        ConsentReconfirmationEntity entity = new ConsentReconfirmationEntity();
        entity.id = UUID.randomUUID();
        entity.consentId = consentId;
        entity.channel = capture.channel().name();
        entity.recordedBy = capture.takenBy();
        entity.reconfirmedAt = capture.takenAt();
        entity.evidenceReference = capture.evidenceReference();
        entity.notes = capture.notes();
        return reconfirmations.persist(entity).replaceWithVoid();
    }

    private io.quarkus.hibernate.reactive.panache.PanacheQuery<ConsentEntity> query(Optional<String> subjectId,
                                                                                   Optional<ConsentState> state,
                                                                                   Optional<String> contractId) {
        Sort order = Sort.descending("capturedAt").and("id");
        List<String> where = new java.util.ArrayList<>();
        Parameters parameters = new Parameters();
        subjectId.ifPresent(s -> {
            where.add("subjectId = :subject");
            parameters.and("subject", s);
        });
        state.ifPresent(s -> {
            where.add("state = :state");
            parameters.and("state", s.name());
        });
        contractId.ifPresent(c -> {
            where.add("contractId = :contract");
            parameters.and("contract", c);
        });
        return where.isEmpty() ? consents.findAll(order)
                : consents.find(String.join(" and ", where), order, parameters);
    }

    private static void writeChangeable(ConsentEntity entity, Consent consent, Instant now) {
        entity.version = consent.version();
        entity.state = consent.state().name();
        entity.purposes = consent.scope().purposes();
        entity.dataCategories = consent.scope().dataCategories();
        entity.recipientPartnerIds = consent.scope().recipientPartnerIds();
        entity.recipientPartnerKinds = consent.scope().recipientPartnerKinds();
        entity.lastConfirmedAt = consent.lastConfirmedAt();
        entity.updatedAt = now;
    }

    private static Consent toDomain(ConsentEntity e) {
        Optional<ProxyAuthority> proxy = Optional.ofNullable(e.proxyKind).map(kind ->
                new ProxyAuthority(ProxyAuthority.Kind.valueOf(kind), e.proxyReference, e.proxyScope, e.proxyExpiresAt));
        return new Consent(e.id, e.subjectId, e.version, ConsentState.valueOf(e.state),
                new ConsentScope(e.purposes, e.dataCategories, e.recipientPartnerIds, e.recipientPartnerKinds),
                e.handling, LawfulBasis.valueOf(e.lawfulBasis),
                Optional.ofNullable(e.article9Condition).map(Article9Condition::valueOf),
                new Capture(CaptureChannel.valueOf(e.captureChannel), e.capturedBy, e.capturedAt, e.witness,
                        e.captureNotes, e.evidenceReference),
                e.informationSheetId, e.informationSheetVersion, e.reconfirmAfterDays,
                Optional.ofNullable(e.expiresAt), e.lastConfirmedAt, proxy, e.contractId);
    }

    /** Panache repositories of the entities, kept inside persistence. */
    @ApplicationScoped
    static class Consents implements PanacheRepositoryBase<ConsentEntity, UUID> {
    }

    @ApplicationScoped
    static class Withdrawals implements PanacheRepositoryBase<ConsentWithdrawalEntity, UUID> {
    }

    @ApplicationScoped
    static class Reconfirmations implements PanacheRepositoryBase<ConsentReconfirmationEntity, UUID> {
    }
}
