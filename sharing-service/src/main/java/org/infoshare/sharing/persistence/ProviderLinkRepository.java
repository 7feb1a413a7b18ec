package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.sharing.domain.ProviderLink;
import org.infoshare.sharing.domain.ProviderLinkPurpose;
import org.infoshare.sharing.domain.ProviderNotice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Small providers' links (issue 13 item 4b), found by the SHA-256 of their token only. The notice to
 * send is sealed (stored-secrets keyset, bound to the link's id) and cleared when the link is used.
 */
@ApplicationScoped
public class ProviderLinkRepository {

    /**
     * Single use under concurrency: of two callers, the second waits on the row lock and then finds
     * {@code used_at} set, so it updates nothing. Expiry is checked in the same statement.
     */
    private static final String CLAIM = """
            UPDATE provider_link SET used_at = ?1, used_by = ?2, notice_sealed = NULL
            WHERE token_hash = ?3 AND purpose = ?4 AND used_at IS NULL AND expires_at > ?1""";

    private final Entities entities;
    private final SecretCipher cipher;

    ProviderLinkRepository(Entities entities, SecretCipher cipher) {
        this.entities = entities;
        this.cipher = cipher;
    }

    /** A link about to be stored, with the notice (its text carries the link) to seal beside it. */
    public record Issued(ProviderLink link, String tokenHash, String notice) {
    }

    public Uni<Void> add(List<Issued> issued) {
        if (issued.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<ProviderLinkEntity> rows = issued.stream().map(i -> {
            ProviderLinkEntity e = new ProviderLinkEntity();
            e.id = i.link().id();
            e.tokenHash = i.tokenHash();
            e.purpose = i.link().purpose().name();
            e.targetId = i.link().targetId();
            e.partnerId = i.link().partnerId();
            e.issuedAt = i.link().issuedAt();
            e.expiresAt = i.link().expiresAt();
            e.noticeSealed = cipher.encrypt(i.notice(), noticeRow(e.id));
            return e;
        }).toList();
        return entities.persist(rows).replaceWithVoid();
    }

    public Uni<Optional<ProviderLink>> findByHash(String tokenHash) {
        return entities.find("tokenHash", tokenHash).firstResult()
                .map(e -> Optional.ofNullable(e).map(ProviderLinkRepository::toDomain));
    }

    /** Marks the link used when it is unused, unexpired and for this purpose; false otherwise. */
    public Uni<Boolean> claim(String tokenHash, ProviderLinkPurpose purpose, String by, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM)
                        .setParameter(1, now).setParameter(2, by).setParameter(3, tokenHash)
                        .setParameter(4, purpose.name()).executeUpdate())
                .map(updated -> updated == 1);
    }

    public Uni<List<ProviderNotice>> notices(Optional<String> partnerId, int limit) {
        Sort newest = Sort.descending("issuedAt").and("id");
        var query = partnerId.map(p -> entities.find("partnerId", newest, p)).orElseGet(() -> entities.findAll(newest));
        return query.page(0, limit).list().map(found -> found.stream().map(e -> new ProviderNotice(toDomain(e),
                Optional.ofNullable(e.noticeSealed).map(sealed -> cipher.decrypt(sealed, noticeRow(e.id))))).toList());
    }

    private static String noticeRow(UUID id) {
        return "provider-link-notice:" + id;
    }

    private static ProviderLink toDomain(ProviderLinkEntity e) {
        return new ProviderLink(e.id, ProviderLinkPurpose.valueOf(e.purpose), e.targetId, e.partnerId, e.issuedAt,
                e.expiresAt, Optional.ofNullable(e.usedAt));
    }

    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<ProviderLinkEntity, UUID> {
    }
}
