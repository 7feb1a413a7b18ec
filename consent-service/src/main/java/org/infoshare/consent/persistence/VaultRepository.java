package org.infoshare.consent.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.Capacity;
import org.infoshare.consent.domain.DataSubject;
import org.infoshare.consent.domain.IdentifierKind;
import org.infoshare.consent.domain.Identity;
import org.infoshare.consent.domain.ProxyIdentity;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The data subject vault: identities go in encrypted with their blind index entries, and come out
 * decrypted only through this repository. Never logs or returns ciphertext or plaintext elsewhere.
 */
@ApplicationScoped
public class VaultRepository {

    private final Entries entries;
    private final VaultCipher cipher;
    private final ObjectMapper json;

    VaultRepository(Entries entries, VaultCipher cipher, ObjectMapper json) {
        this.entries = entries;
        this.cipher = cipher;
        this.json = json;
    }

    public Uni<Void> add(DataSubject subject) {
        VaultEntryEntity entity = new VaultEntryEntity();
        entity.subjectId = subject.subjectId();
        entity.keyId = Integer.toUnsignedLong(cipher.currentKeyId());
        entity.identityCiphertext = cipher.encrypt(serialise(subject.identity()), subject.subjectId());
        writeCapacity(entity, subject.capacity());
        entity.registeredAt = subject.registeredAt();
        entity.updatedAt = subject.registeredAt();
        return entries.persistAndFlush(entity).chain(() -> index(subject)).replaceWithVoid();
    }

    public Uni<Optional<DataSubject>> find(String subjectId) {
        return entries.findById(subjectId).map(entity -> Optional.ofNullable(entity).map(this::toDomain));
    }

    public Uni<Boolean> exists(String subjectId) {
        return entries.count("subjectId", subjectId).map(count -> count > 0);
    }

    public Uni<Void> updateCapacity(String subjectId, Capacity capacity, Instant now) {
        return entries.findById(subjectId).invoke(entity -> {
            writeCapacity(entity, capacity);
            entity.updatedAt = now;
        }).replaceWithVoid();
    }

    /** Subject ids whose identifier of this kind is exactly {@code value}, by blind index only. */
    public Uni<List<String>> findByIdentifier(IdentifierKind kind, String value) {
        List<byte[]> digests = cipher.digestsForLookup(kind, value);
        StringBuilder placeholders = new StringBuilder();
        for (int i = 0; i < digests.size(); i++) {
            placeholders.append(i == 0 ? "" : ", ").append('?').append(i + 2);
        }
        String sql = "SELECT DISTINCT subject_id FROM vault_lookup WHERE kind = ?1 AND digest IN (" + placeholders
                + ") ORDER BY subject_id";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, String.class).setParameter(1, kind.name());
            for (int i = 0; i < digests.size(); i++) {
                query.setParameter(i + 2, digests.get(i));
            }
            return query.getResultList();
        });
    }

    /** P6.9: records who consented for the person, encrypted, beside the person's own entry. */
    public Uni<Void> addProxy(UUID consentId, String subjectId, ProxyIdentity proxy, Instant now) {
        byte[] sealed = cipher.encryptProxy(serialise(ProxyDocument.of(proxy)), consentId);
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "INSERT INTO vault_proxy (consent_id, subject_id, key_id, identity_ciphertext, recorded_at) "
                                + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, consentId)
                .setParameter(2, subjectId)
                .setParameter(3, Integer.toUnsignedLong(cipher.currentKeyId()))
                .setParameter(4, sealed)
                .setParameter(5, now.atOffset(ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }

    /** Who consented for the person under this consent, if a proxy did. */
    public Uni<Optional<ProxyIdentity>> proxy(UUID consentId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "SELECT identity_ciphertext FROM vault_proxy WHERE consent_id = ?1", byte[].class)
                        .setParameter(1, consentId)
                        .getResultList())
                .map(rows -> rows.stream().findFirst()
                        .map(sealed -> deserialiseProxy(cipher.decryptProxy(sealed, consentId))));
    }

    /** Removes the person's identity and index entries (retention); their pseudonymous id lives on elsewhere. */
    public Uni<Boolean> erase(String subjectId) {
        return entries.deleteById(subjectId);
    }

    private Uni<Void> index(DataSubject subject) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (IdentifierKind kind : IdentifierKind.values()) {
            Optional<String> value = kind.valueOf(subject.identity());
            if (value.isPresent()) {
                byte[] digest = cipher.digest(kind, value.get());
                chain = chain.chain(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                                "INSERT INTO vault_lookup (kind, digest, subject_id) VALUES (?1, ?2, ?3)")
                        .setParameter(1, kind.name())
                        .setParameter(2, digest)
                        .setParameter(3, subject.subjectId())
                        .executeUpdate()).replaceWithVoid());
            }
        }
        return chain;
    }

    private DataSubject toDomain(VaultEntryEntity entity) {
        Identity identity = deserialise(cipher.decrypt(entity.identityCiphertext, entity.subjectId));
        Capacity capacity = new Capacity(Capacity.Status.valueOf(entity.capacity), entity.capacityAssessedAt,
                entity.capacityAssessedBy);
        return new DataSubject(entity.subjectId, identity, capacity, entity.registeredAt);
    }

    private static void writeCapacity(VaultEntryEntity entity, Capacity capacity) {
        entity.capacity = capacity.status().name();
        entity.capacityAssessedAt = capacity.assessedAt();
        entity.capacityAssessedBy = capacity.assessedBy();
    }

    private byte[] serialise(Identity identity) {
        try {
            return json.writeValueAsBytes(IdentityDocument.of(identity));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("identity cannot be serialised", e);
        }
    }

    private byte[] serialise(ProxyDocument proxy) {
        try {
            return json.writeValueAsBytes(proxy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a proxy's identity cannot be serialised", e);
        }
    }

    private ProxyIdentity deserialiseProxy(byte[] plaintext) {
        try {
            return json.readValue(plaintext, ProxyDocument.class).toDomain();
        } catch (IOException e) {
            throw new IllegalStateException("a vault entry holds an unreadable proxy identity", e);
        }
    }

    /** The stored form of a proxy's identity (inside the ciphertext). */
    record ProxyDocument(String givenName, String familyName, String relationship, String contact) {
        static ProxyDocument of(ProxyIdentity proxy) {
            return new ProxyDocument(proxy.givenName(), proxy.familyName(), proxy.relationship(),
                    proxy.contact().orElse(null));
        }

        ProxyIdentity toDomain() {
            return new ProxyIdentity(givenName, familyName, relationship, Optional.ofNullable(contact));
        }
    }

    private Identity deserialise(byte[] plaintext) {
        try {
            return json.readValue(plaintext, IdentityDocument.class).toIdentity();
        } catch (IOException e) {
            throw new IllegalStateException("a vault entry holds an unreadable identity", e);
        }
    }

    /** Panache's repository for the entity, kept inside persistence. */
    @ApplicationScoped
    static class Entries implements PanacheRepositoryBase<VaultEntryEntity, String> {
    }
}
