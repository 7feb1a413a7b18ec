package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.infoshare.events.vocabulary.SafeguardingRoute;
import org.infoshare.sharing.domain.RecipientNotification.DeliveryState;
import org.infoshare.sharing.domain.SafeguardingReferral;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores safeguarding referrals (P3.1); hands out domain records only, never entities. The account
 * of the concern is sealed by {@link SecretCipher} under the row's id and opened only by
 * {@link #concern(UUID)}.
 */
@ApplicationScoped
public class SafeguardingReferralRepository {

    /** Unacknowledged referrals made at or before ?1: escalated, and back on the DPO's list. */
    private static final String ESCALATE = """
            UPDATE safeguarding_referral SET escalated_at = ?2, dpo_listed_at = ?2, dpo_seen_at = NULL, dpo_seen_by = NULL
            WHERE acknowledged_at IS NULL AND escalated_at IS NULL AND referred_at <= ?1
            RETURNING CAST(id AS TEXT)""";

    /** Delivery outcomes the dispatcher recorded and nobody has announced yet, a batch at a time. */
    private static final String ANNOUNCE = """
            UPDATE safeguarding_referral SET outcome_announced_at = ?1
            WHERE id IN (SELECT id FROM safeguarding_referral
                         WHERE outcome_announced_at IS NULL AND delivery_state <> 'PENDING'
                         ORDER BY id LIMIT ?2 FOR UPDATE SKIP LOCKED)
            RETURNING CAST(id AS TEXT)""";

    private final Entities entities;
    private final SecretCipher cipher;

    SafeguardingReferralRepository(Entities entities, SecretCipher cipher) {
        this.entities = entities;
        this.cipher = cipher;
    }

    public Uni<Void> add(SafeguardingReferral referral, String concern) {
        SafeguardingReferralEntity entity = new SafeguardingReferralEntity();
        entity.id = referral.id();
        entity.subjectId = referral.subjectId();
        entity.partnerId = referral.safeguardingTeam();
        entity.route = referral.route().map(Enum::name).orElse(null);
        entity.category = referral.category().name();
        entity.concernEncrypted = cipher.encrypt(concern, rowId(referral.id()));
        entity.referredBy = referral.referredBy();
        entity.referredAt = referral.referredAt();
        entity.deliveryState = referral.deliveryState().name();
        entity.attempts = referral.attempts();
        entity.nextAttemptAt = referral.deliveryState() == DeliveryState.PENDING ? referral.referredAt() : null;
        entity.dpoListedAt = referral.dpoListedAt().orElse(null);
        // a team without a webhook is left to polling from the start, announced with the referral
        entity.outcomeAnnouncedAt = referral.deliveryState() == DeliveryState.PENDING ? null : referral.referredAt();
        return entities.persist(entity).replaceWithVoid();
    }

    public Uni<Optional<SafeguardingReferral>> find(UUID id) {
        return entities.findById(id).map(entity -> Optional.ofNullable(entity).map(SafeguardingReferralRepository::toDomain));
    }

    /** The referral if it went to this partner; another partner's is as if it did not exist. */
    public Uni<Optional<SafeguardingReferral>> findOwn(UUID id, String partnerId) {
        return entities.find("id = ?1 and partnerId = ?2", id, partnerId).firstResult()
                .map(e -> Optional.ofNullable(e).map(SafeguardingReferralRepository::toDomain));
    }

    /** The account of the concern, decrypted; empty for a referral made before accounts were kept. */
    public Uni<Optional<String>> concern(UUID id) {
        return entities.findById(id).map(e -> Optional.ofNullable(e).map(found -> found.concernEncrypted)
                .map(sealed -> cipher.decrypt(sealed, rowId(id))));
    }

    public Uni<List<SafeguardingReferral>> newestFirst(int page, int size) {
        return page(entities.findAll(newest()), page, size);
    }

    public Uni<Long> count() {
        return entities.count();
    }

    /** The DPO's list: referrals not yet seen by the DPO, newest first. */
    public Uni<List<SafeguardingReferral>> dpoInbox(int page, int size) {
        return page(entities.find("dpoListedAt is not null and dpoSeenAt is null", newest()), page, size);
    }

    public Uni<Long> countDpoInbox() {
        return entities.count("dpoListedAt is not null and dpoSeenAt is null");
    }

    /** A team's referrals, newest first; {@code open}: unacknowledged only. */
    public Uni<List<SafeguardingReferral>> listOwn(String partnerId, boolean open, int page, int size) {
        return page(entities.find(own(open), newest(), partnerId), page, size);
    }

    public Uni<Long> countOwn(String partnerId, boolean open) {
        return entities.count(own(open), partnerId);
    }

    /** The referral, its row locked until the transaction ends: acknowledging and marking seen take turns. */
    public Uni<Optional<SafeguardingReferral>> lock(UUID id) {
        return entities.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .map(e -> Optional.ofNullable(e).map(SafeguardingReferralRepository::toDomain));
    }

    /** Records the team's acknowledgement; the caller has locked the row and checked it may. */
    public Uni<SafeguardingReferral> acknowledge(UUID id, String by, Instant at) {
        return entities.findById(id).map(e -> {
            e.acknowledgedAt = at;
            e.acknowledgedBy = by;
            return toDomain(e);
        });
    }

    /** Takes the referral off the DPO's list; the caller has locked the row and checked it is on it. */
    public Uni<SafeguardingReferral> markSeen(UUID id, String by, Instant at) {
        return entities.findById(id).map(e -> {
            e.dpoSeenAt = at;
            e.dpoSeenBy = by;
            return toDomain(e);
        });
    }

    /**
     * Re-seals accounts of concerns not sealed by the keyset's primary key, rows locked; the
     * caller's transaction writes them (see {@code StoredSecretsRewrap}).
     *
     * @return how many values were re-sealed
     */
    public Uni<Integer> rewrapSecrets() {
        return entities.find("concernEncrypted is not null").withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .map(found -> {
                    int rewrapped = 0;
                    for (SafeguardingReferralEntity e : found) {
                        if (cipher.needsRewrap(e.concernEncrypted)) {
                            e.concernEncrypted = cipher.rewrap(e.concernEncrypted, rowId(e.id));
                            rewrapped++;
                        }
                    }
                    return rewrapped;
                });
    }

    /** Unacknowledged referrals made at or before {@code cutoff} are escalated; answers them. */
    public Uni<List<SafeguardingReferral>> escalate(Instant cutoff, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ESCALATE, String.class)
                .setParameter(1, cutoff).setParameter(2, now).getResultList()).chain(this::reload);
    }

    /** Marks up to {@code limit} recorded delivery outcomes announced; answers those referrals. */
    public Uni<List<SafeguardingReferral>> takeUnannouncedOutcomes(Instant now, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ANNOUNCE, String.class)
                .setParameter(1, now).setParameter(2, limit).getResultList()).chain(this::reload);
    }

    private Uni<List<SafeguardingReferral>> reload(List<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // the rows were changed by SQL: read them afresh, not from the session
        return Panache.getSession().invoke(session -> session.clear())
                .chain(() -> entities.list("id in ?1", newest(), ids.stream().map(UUID::fromString).toList()))
                .map(found -> found.stream().map(SafeguardingReferralRepository::toDomain).toList());
    }

    private static String own(boolean open) {
        return open ? "partnerId = ?1 and acknowledgedAt is null" : "partnerId = ?1";
    }

    private static Sort newest() {
        return Sort.descending("referredAt").and("id");
    }

    private static Uni<List<SafeguardingReferral>> page(PanacheQuery<SafeguardingReferralEntity> query, int page, int size) {
        return query.page(Page.of(page, size)).list()
                .map(found -> found.stream().map(SafeguardingReferralRepository::toDomain).toList());
    }

    static String rowId(UUID id) {
        return "safeguarding-referral:" + id;
    }

    private static SafeguardingReferral toDomain(SafeguardingReferralEntity e) {
        return new SafeguardingReferral(e.id, e.subjectId, e.partnerId,
                Optional.ofNullable(e.route).map(SafeguardingRoute::valueOf),
                SafeguardingReferral.Category.valueOf(e.category), e.referredBy, e.referredAt,
                DeliveryState.valueOf(e.deliveryState), e.attempts, Optional.ofNullable(e.lastError),
                Optional.ofNullable(e.deliveredAt), Optional.ofNullable(e.acknowledgedAt),
                Optional.ofNullable(e.acknowledgedBy), Optional.ofNullable(e.escalatedAt),
                Optional.ofNullable(e.dpoListedAt), Optional.ofNullable(e.dpoSeenAt), Optional.ofNullable(e.dpoSeenBy));
    }

    /** Panache's repository for the entity, kept inside persistence. */
    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<SafeguardingReferralEntity, UUID> {
    }
}
