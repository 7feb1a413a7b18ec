package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.vocabulary.SafeguardingRoute;
import org.infoshare.sharing.domain.Partner;
import org.infoshare.sharing.domain.PartnerKind;
import org.infoshare.sharing.domain.SmallProviderKind;

import jakarta.persistence.LockModeType;

import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

/** Stores the partner registry; hands out domain records. The webhook secret leaves only for signing a delivery. */
@ApplicationScoped
public class PartnerRepository {

    private final Entities entities;
    private final SecretCipher cipher;

    PartnerRepository(Entities entities, SecretCipher cipher) {
        this.entities = entities;
        this.cipher = cipher;
    }

    public Uni<Boolean> exists(String id) {
        return entities.findById(id).map(found -> found != null);
    }

    /** Saves a new or changed partner; a secret given replaces the stored one, none keeps it. */
    public Uni<Partner> save(Partner partner, Optional<String> webhookSecret) {
        return entities.findById(partner.id()).chain(found -> {
            PartnerEntity entity = found != null ? found : new PartnerEntity();
            entity.id = partner.id();
            entity.name = partner.name();
            entity.kind = partner.kind().name();
            entity.smallProviderKind = partner.smallProviderKind().map(Enum::name).orElse(null);
            entity.purposes = partner.purposes();
            entity.safeguardingRoutes = partner.safeguardingRoutes().stream().map(Enum::name).toList();
            entity.webhookUrl = partner.webhookUrl().map(URI::toString).orElse(null);
            webhookSecret.ifPresent(secret -> entity.webhookSecretEncrypted = cipher.encrypt(secret, "partner:" + partner.id()));
            if (entity.webhookUrl == null) {
                entity.webhookSecretEncrypted = null;
            }
            entity.registeredAt = found != null ? found.registeredAt : partner.registeredAt();
            entity.updatedAt = partner.updatedAt();
            Uni<PartnerEntity> saved = found != null ? Uni.createFrom().item(entity) : entities.persist(entity);
            return saved.map(PartnerRepository::toDomain);
        });
    }

    public Uni<Optional<Partner>> find(String id) {
        return entities.findById(id).map(entity -> Optional.ofNullable(entity).map(PartnerRepository::toDomain));
    }

    public Uni<List<Partner>> list(Optional<PartnerKind> kind, int page, int size) {
        Sort order = Sort.ascending("id");
        var query = kind.map(k -> entities.find("kind", order, k.name())).orElseGet(() -> entities.findAll(order));
        return query.page(Page.of(page, size)).list().map(found -> found.stream().map(PartnerRepository::toDomain).toList());
    }

    public Uni<Long> count(Optional<PartnerKind> kind) {
        return kind.map(k -> entities.count("kind", k.name())).orElseGet(entities::count);
    }

    /**
     * The partner's pseudonym key (P7.1), made on first use. The row is locked first, so two
     * releases to a new partner at once still agree on one key.
     */
    public Uni<byte[]> pseudonymKey(String partnerId) {
        return entities.findById(partnerId, LockModeType.PESSIMISTIC_WRITE).map(entity -> {
            String rowId = "partner-pseudonym:" + entity.id;
            if (entity.pseudonymKeyEncrypted == null) {
                entity.pseudonymKeyEncrypted = cipher.encrypt(Base64.getEncoder().encodeToString(SecretCipher.randomKey()), rowId);
            }
            return Base64.getDecoder().decode(cipher.decrypt(entity.pseudonymKeyEncrypted, rowId));
        });
    }

    /**
     * Re-seals the stored secrets not sealed by the keyset's primary key (the pre-keyset format,
     * or a key rotated out), rows locked; the caller's transaction writes them.
     *
     * @return how many values were re-sealed
     */
    public Uni<Integer> rewrapSecrets() {
        return entities.find("webhookSecretEncrypted is not null or pseudonymKeyEncrypted is not null")
                .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .map(found -> {
                    int rewrapped = 0;
                    for (PartnerEntity e : found) {
                        if (e.webhookSecretEncrypted != null && cipher.needsRewrap(e.webhookSecretEncrypted)) {
                            e.webhookSecretEncrypted = cipher.rewrap(e.webhookSecretEncrypted, "partner:" + e.id);
                            rewrapped++;
                        }
                        if (e.pseudonymKeyEncrypted != null && cipher.needsRewrap(e.pseudonymKeyEncrypted)) {
                            e.pseudonymKeyEncrypted = cipher.rewrap(e.pseudonymKeyEncrypted, "partner-pseudonym:" + e.id);
                            rewrapped++;
                        }
                    }
                    return rewrapped;
                });
    }

    /** The kinds of the given partners, in one query. */
    public Uni<Map<String, PartnerKind>> kinds(List<String> ids) {
        return entities.find("id in ?1", ids).list().map(found -> found.stream()
                .collect(Collectors.toMap(e -> e.id, e -> PartnerKind.valueOf(e.kind))));
    }

    /** Issue 13 item 4b: those of the given partners with no webhook to tell them (they get a link). */
    public Uni<List<Partner>> withoutWebhook(List<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return entities.find("id in ?1 and (webhookUrl is null or webhookSecretEncrypted is null)", ids).list()
                .map(found -> found.stream().map(PartnerRepository::toDomain).toList());
    }

    /** The small providers of a kind, which a guidance note for it goes to (P1.3). */
    public Uni<List<Partner>> smallProvidersOf(SmallProviderKind kind) {
        return entities.find("kind = ?1 and smallProviderKind = ?2", Sort.ascending("id"),
                PartnerKind.SMALL_PROVIDER.name(), kind.name()).list()
                .map(found -> found.stream().map(PartnerRepository::toDomain).toList());
    }

    private static Partner toDomain(PartnerEntity e) {
        return new Partner(e.id, e.name, PartnerKind.valueOf(e.kind),
                Optional.ofNullable(e.smallProviderKind).map(SmallProviderKind::valueOf), e.purposes,
                Optional.ofNullable(e.webhookUrl).map(URI::create), e.webhookSecretEncrypted != null,
                e.safeguardingRoutes.stream().map(SafeguardingRoute::valueOf).toList(), e.registeredAt, e.updatedAt);
    }

    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<PartnerEntity, String> {
    }
}
