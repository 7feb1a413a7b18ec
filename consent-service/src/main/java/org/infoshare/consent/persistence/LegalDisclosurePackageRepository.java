package org.infoshare.consent.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.Identity;
import org.infoshare.consent.domain.LegalDisclosurePackage;
import org.infoshare.events.vocabulary.HandOverChannel;
import org.infoshare.events.vocabulary.LegalRecipientKind;
import org.infoshare.events.vocabulary.NotToldReason;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Legal-duty disclosure packages (P2.1): the identity goes in encrypted and comes out decrypted only
 * through {@link #takeIdentity}, which also clears it, so it is handed out once.
 */
@ApplicationScoped
public class LegalDisclosurePackageRepository {

    private final Entries entries;
    private final VaultCipher cipher;
    private final ObjectMapper json;

    LegalDisclosurePackageRepository(Entries entries, VaultCipher cipher, ObjectMapper json) {
        this.entries = entries;
        this.cipher = cipher;
        this.json = json;
    }

    /** @param identity the person's identity when the order needs it and the vault knew them */
    public Uni<Void> add(LegalDisclosurePackage p, Optional<Identity> identity) {
        LegalDisclosurePackageEntity e = new LegalDisclosurePackageEntity();
        e.disclosureId = p.disclosureId();
        e.subjectId = p.subjectId();
        e.recipientKind = p.recipientKind().name();
        e.recipientOrganisation = p.recipientOrganisation();
        e.orderReference = p.orderReference();
        e.identifiable = p.identifiable();
        e.tellSubject = p.tellSubject();
        e.notToldReason = p.notToldReason().map(Enum::name).orElse(null);
        e.decidedBy = p.decidedBy();
        e.decidedAt = p.decidedAt();
        e.status = p.status().name();
        e.preparedAt = p.preparedAt();
        if (identity.isPresent()) {
            e.keyId = Integer.toUnsignedLong(cipher.currentKeyId());
            e.identityCiphertext = cipher.encryptLegalDisclosure(serialise(identity.get()), p.disclosureId());
        }
        return entries.persistAndFlush(e).replaceWithVoid();
    }

    public Uni<Boolean> exists(UUID disclosureId) {
        return entries.count("disclosureId", disclosureId).map(count -> count > 0);
    }

    public Uni<Optional<LegalDisclosurePackage>> find(UUID disclosureId) {
        return entries.findById(disclosureId).map(e -> Optional.ofNullable(e).map(LegalDisclosurePackageRepository::toDomain));
    }

    /** The package with its row locked until the transaction ends; the transaction's first read of it. */
    public Uni<Optional<LegalDisclosurePackage>> findForUpdate(UUID disclosureId) {
        return Locks.findForUpdate(entries, disclosureId)
                .map(e -> Optional.ofNullable(e).map(LegalDisclosurePackageRepository::toDomain));
    }

    /** Newest first; the identity is never read here. */
    public Uni<List<LegalDisclosurePackage>> list(int page, int size) {
        return entries.findAll(Sort.descending("preparedAt").and("disclosureId")).page(Page.of(page, size)).list()
                .map(found -> found.stream().map(LegalDisclosurePackageRepository::toDomain).toList());
    }

    public Uni<Long> count() {
        return entries.count();
    }

    /** The identity, decrypted, and cleared from the row with who fetched it and when (row locked by the caller). */
    public Uni<Identity> takeIdentity(UUID disclosureId, String fetchedBy, Instant at) {
        return entries.findById(disclosureId).map(e -> {
            Identity identity = deserialise(cipher.decryptLegalDisclosure(e.identityCiphertext, e.disclosureId));
            e.identityCiphertext = null;
            e.keyId = null;
            e.identityFetchedBy = fetchedBy;
            e.identityFetchedAt = at;
            return identity;
        }).call(entries::flush);
    }

    /** Records the hand-over (row locked by the caller). */
    public Uni<LegalDisclosurePackage> handOver(UUID disclosureId, HandOverChannel channel, String handedOverBy,
                                                Instant at) {
        return entries.findById(disclosureId).map(e -> {
            e.status = LegalDisclosurePackage.Status.HANDED_OVER.name();
            e.handOverChannel = channel.name();
            e.handedOverBy = handedOverBy;
            e.handedOverAt = at;
            return e;
        }).call(entries::flush).map(LegalDisclosurePackageRepository::toDomain);
    }

    private static LegalDisclosurePackage toDomain(LegalDisclosurePackageEntity e) {
        return new LegalDisclosurePackage(e.disclosureId, e.subjectId, LegalRecipientKind.valueOf(e.recipientKind),
                e.recipientOrganisation, e.orderReference, e.identifiable, e.tellSubject,
                Optional.ofNullable(e.notToldReason).map(NotToldReason::valueOf), e.decidedBy, e.decidedAt,
                LegalDisclosurePackage.Status.valueOf(e.status), e.preparedAt, Optional.ofNullable(e.identityFetchedBy),
                Optional.ofNullable(e.identityFetchedAt), Optional.ofNullable(e.handOverChannel).map(HandOverChannel::valueOf),
                Optional.ofNullable(e.handedOverBy), Optional.ofNullable(e.handedOverAt));
    }

    private byte[] serialise(Identity identity) {
        try {
            return json.writeValueAsBytes(IdentityDocument.of(identity));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an identity cannot be serialised", e);
        }
    }

    private Identity deserialise(byte[] plaintext) {
        try {
            return json.readValue(plaintext, IdentityDocument.class).toIdentity();
        } catch (IOException e) {
            throw new IllegalStateException("a legal disclosure package holds an unreadable identity", e);
        }
    }

    /** Panache's repository for the entity, kept inside persistence. */
    @ApplicationScoped
    static class Entries implements PanacheRepositoryBase<LegalDisclosurePackageEntity, UUID> {
    }
}
