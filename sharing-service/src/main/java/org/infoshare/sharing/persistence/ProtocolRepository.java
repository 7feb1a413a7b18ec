package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.infoshare.events.vocabulary.ReleaseChannel;
import org.infoshare.sharing.domain.DisclosureMethod;
import org.infoshare.sharing.domain.Protocol;
import org.infoshare.sharing.domain.ProtocolStatus;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores protocols; the named recipient is encrypted at rest and decrypted only into the domain record. */
@ApplicationScoped
public class ProtocolRepository {

    private final Entities entities;
    private final SecretCipher cipher;

    ProtocolRepository(Entities entities, SecretCipher cipher) {
        this.entities = entities;
        this.cipher = cipher;
    }

    public Uni<Void> add(Protocol protocol) {
        ProtocolEntity e = new ProtocolEntity();
        e.id = protocol.id();
        e.partnerId = protocol.partnerId();
        e.purpose = protocol.purpose();
        e.triggerCircumstances = protocol.triggerCircumstances();
        e.channel = protocol.method().channel().name();
        e.sender = protocol.method().sender();
        e.namedRecipientEncrypted = cipher.encrypt(protocol.method().namedRecipient(), "protocol:" + protocol.id());
        e.securityMeasures = protocol.securityMeasures();
        e.limitsOnUse = protocol.limitsOnUse();
        e.dataCategories = protocol.dataCategories();
        e.staleConsentAfterDays = protocol.staleConsentAfterDays();
        e.status = protocol.status().name();
        e.reviewDate = protocol.reviewDate();
        e.createdAt = protocol.createdAt();
        e.updatedAt = protocol.updatedAt();
        return entities.persist(e).replaceWithVoid();
    }

    /**
     * Re-seals the named recipients not sealed by the keyset's primary key, rows locked; the
     * caller's transaction writes them.
     *
     * @return how many values were re-sealed
     */
    public Uni<Integer> rewrapSecrets() {
        return entities.findAll().withLock(LockModeType.PESSIMISTIC_WRITE).list().map(found -> {
            int rewrapped = 0;
            for (ProtocolEntity e : found) {
                if (e.namedRecipientEncrypted != null && cipher.needsRewrap(e.namedRecipientEncrypted)) {
                    e.namedRecipientEncrypted = cipher.rewrap(e.namedRecipientEncrypted, "protocol:" + e.id);
                    rewrapped++;
                }
            }
            return rewrapped;
        });
    }

    public Uni<Void> updateStatus(Protocol protocol) {
        return entities.findById(protocol.id()).invoke(e -> {
            e.status = protocol.status().name();
            e.updatedAt = protocol.updatedAt();
        }).replaceWithVoid();
    }

    public Uni<Optional<Protocol>> find(UUID id) {
        return entities.findById(id).map(e -> Optional.ofNullable(e).map(this::toDomain));
    }

    public Uni<List<Protocol>> forPartner(String partnerId) {
        return entities.find("partnerId", Sort.ascending("createdAt"), partnerId).list()
                .map(found -> found.stream().map(this::toDomain).toList());
    }

    public Uni<List<Protocol>> list(Optional<String> partnerId, int page, int size) {
        Sort order = Sort.descending("createdAt").and("id");
        var query = partnerId.map(p -> entities.find("partnerId", order, p)).orElseGet(() -> entities.findAll(order));
        return query.page(Page.of(page, size)).list().map(found -> found.stream().map(this::toDomain).toList());
    }

    public Uni<Long> count(Optional<String> partnerId) {
        return partnerId.map(p -> entities.count("partnerId", p)).orElseGet(entities::count);
    }

    private Protocol toDomain(ProtocolEntity e) {
        return new Protocol(e.id, e.partnerId, e.purpose, e.triggerCircumstances,
                new DisclosureMethod(ReleaseChannel.valueOf(e.channel), e.sender,
                        e.namedRecipientEncrypted == null ? DisclosureMethod.RECIPIENT_REMOVED
                                : cipher.decrypt(e.namedRecipientEncrypted, "protocol:" + e.id)),
                e.securityMeasures, e.limitsOnUse, e.dataCategories, e.staleConsentAfterDays,
                ProtocolStatus.valueOf(e.status), e.reviewDate, e.createdAt, e.updatedAt);
    }

    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<ProtocolEntity, UUID> {
    }
}
