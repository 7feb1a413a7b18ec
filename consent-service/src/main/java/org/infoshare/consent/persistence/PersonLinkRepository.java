package org.infoshare.consent.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.MergedNotice;
import org.infoshare.consent.domain.PersonLink;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Persons' one-time links (issue 13 item 4(a)): found by the hash of the token or of the session
 * handle, never by the secret itself; and the letters carrying them, encrypted, read only through
 * {@link #letter}.
 */
@ApplicationScoped
public class PersonLinkRepository {

    private final Links links;
    private final Letters letters;
    private final VaultCipher cipher;
    private final ObjectMapper json;

    PersonLinkRepository(Links links, Letters letters, VaultCipher cipher, ObjectMapper json) {
        this.links = links;
        this.letters = letters;
        this.cipher = cipher;
        this.json = json;
    }

    public Uni<Void> add(PersonLink link, byte[] tokenHash) {
        PersonLinkEntity entity = new PersonLinkEntity();
        entity.linkId = link.linkId();
        entity.tokenHash = tokenHash;
        entity.subjectId = link.subjectId();
        entity.purpose = link.purpose();
        entity.issuedBy = link.issuedBy();
        entity.issuedAt = link.issuedAt();
        entity.expiresAt = link.expiresAt();
        return links.persistAndFlush(entity).replaceWithVoid();
    }

    /** Queues the letter or e-mail carrying the link, encrypted and bound to the link id. */
    public Uni<Void> queueLetter(UUID linkId, MergedNotice letter, Instant at) {
        PersonLinkDispatchEntity entity = new PersonLinkDispatchEntity();
        entity.linkId = linkId;
        entity.channel = letter.channel().name();
        entity.keyId = Integer.toUnsignedLong(cipher.currentKeyId());
        entity.contentCiphertext = cipher.encryptNotice(serialise(letter), linkId);
        entity.dispatchedAt = at;
        return letters.persistAndFlush(entity).replaceWithVoid();
    }

    public Uni<Optional<MergedNotice>> letter(UUID linkId) {
        return letters.findById(linkId).map(found -> Optional.ofNullable(found)
                .map(e -> deserialise(cipher.decryptNotice(e.contentCiphertext, e.linkId))));
    }

    public Uni<Optional<PersonLink>> find(UUID linkId) {
        return links.findById(linkId).map(found -> Optional.ofNullable(found).map(PersonLinkRepository::toDomain));
    }

    public Uni<Optional<PersonLink>> byToken(byte[] tokenHash) {
        return links.find("tokenHash", (Object) tokenHash).firstResult()
                .map(found -> Optional.ofNullable(found).map(PersonLinkRepository::toDomain));
    }

    public Uni<Optional<PersonLink>> bySession(byte[] sessionHash) {
        return links.find("sessionHash", (Object) sessionHash).firstResult()
                .map(found -> Optional.ofNullable(found).map(PersonLinkRepository::toDomain));
    }

    /**
     * Uses the link once: one conditional UPDATE, so of two redemptions at once the second waits for
     * the first's row lock, finds {@code used_at} set and changes nothing. True when this call won.
     */
    public Uni<Boolean> redeem(byte[] tokenHash, byte[] sessionHash, Instant now, Instant sessionExpiresAt) {
        return links.update("usedAt = ?1, sessionHash = ?2, sessionExpiresAt = ?3"
                        + " where tokenHash = ?4 and usedAt is null and expiresAt > ?1 and purpose = ?5",
                now, sessionHash, sessionExpiresAt, tokenHash, PersonLink.PERSON_ACCESS)
                .map(updated -> updated == 1);
    }

    private static PersonLink toDomain(PersonLinkEntity e) {
        return new PersonLink(e.linkId, e.subjectId, e.purpose, e.issuedBy, e.issuedAt, e.expiresAt,
                Optional.ofNullable(e.usedAt), Optional.ofNullable(e.sessionExpiresAt));
    }

    private byte[] serialise(MergedNotice letter) {
        try {
            return json.writeValueAsBytes(letter);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a letter cannot be serialised", e);
        }
    }

    private MergedNotice deserialise(byte[] plaintext) {
        try {
            return json.readValue(plaintext, MergedNotice.class);
        } catch (IOException e) {
            throw new IllegalStateException("a queued letter holds unreadable content", e);
        }
    }

    /** Panache's repositories for the entities, kept inside persistence. */
    @ApplicationScoped
    static class Links implements PanacheRepositoryBase<PersonLinkEntity, UUID> {
    }

    @ApplicationScoped
    static class Letters implements PanacheRepositoryBase<PersonLinkDispatchEntity, UUID> {
    }
}
