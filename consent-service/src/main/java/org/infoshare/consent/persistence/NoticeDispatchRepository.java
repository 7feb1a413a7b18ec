package org.infoshare.consent.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.MergedNotice;
import org.infoshare.consent.domain.NoticeDispatch;
import org.infoshare.events.vocabulary.NoticeChannel;
import org.infoshare.events.vocabulary.NoticeDispatchFailure;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The breach notice dispatch queue (P14.3): merged notices go in encrypted and come out decrypted
 * only through {@link #content}; listing and finding hand out the entry without its content.
 */
@ApplicationScoped
public class NoticeDispatchRepository {

    private final Entries entries;
    private final VaultCipher cipher;
    private final ObjectMapper json;

    NoticeDispatchRepository(Entries entries, VaultCipher cipher, ObjectMapper json) {
        this.entries = entries;
        this.cipher = cipher;
        this.json = json;
    }

    /** @param content the merged notice of a QUEUED entry; empty for a FAILED one */
    public Uni<Void> add(NoticeDispatch dispatch, Optional<MergedNotice> content) {
        NoticeDispatchEntity entity = new NoticeDispatchEntity();
        entity.noticeId = dispatch.noticeId();
        entity.breachId = dispatch.breachId();
        entity.subjectId = dispatch.subjectId();
        entity.status = dispatch.status().name();
        entity.channel = dispatch.channel().map(Enum::name).orElse(null);
        entity.failureReason = dispatch.failureReason().map(Enum::name).orElse(null);
        if (content.isPresent()) {
            entity.keyId = Integer.toUnsignedLong(cipher.currentKeyId());
            entity.contentCiphertext = cipher.encryptNotice(serialise(content.get()), dispatch.noticeId());
        }
        entity.requestedAt = dispatch.requestedAt();
        entity.dispatchedAt = dispatch.dispatchedAt();
        return entries.persistAndFlush(entity).replaceWithVoid();
    }

    public Uni<Boolean> exists(UUID noticeId) {
        return entries.count("noticeId", noticeId).map(count -> count > 0);
    }

    public Uni<Optional<NoticeDispatch>> find(UUID noticeId) {
        return entries.findById(noticeId).map(entity -> Optional.ofNullable(entity).map(NoticeDispatchRepository::toDomain));
    }

    /** Newest first; the content is never read here. */
    public Uni<List<NoticeDispatch>> list(Optional<NoticeDispatch.Status> status, int page, int size) {
        Sort newest = Sort.descending("dispatchedAt").and("noticeId");
        var query = status.isPresent() ? entries.find("status", newest, status.get().name()) : entries.findAll(newest);
        return query.page(Page.of(page, size)).list()
                .map(found -> found.stream().map(NoticeDispatchRepository::toDomain).toList());
    }

    public Uni<Long> count(Optional<NoticeDispatch.Status> status) {
        return status.isPresent() ? entries.count("status", status.get().name()) : entries.count();
    }

    /** The merged notice, decrypted; empty when the notice is unknown or could not be merged. */
    public Uni<Optional<MergedNotice>> content(UUID noticeId) {
        return entries.findById(noticeId).map(entity -> Optional.ofNullable(entity)
                .filter(e -> e.contentCiphertext != null)
                .map(e -> deserialise(cipher.decryptNotice(e.contentCiphertext, e.noticeId))));
    }

    private static NoticeDispatch toDomain(NoticeDispatchEntity e) {
        return new NoticeDispatch(e.noticeId, e.breachId, e.subjectId, NoticeDispatch.Status.valueOf(e.status),
                Optional.ofNullable(e.channel).map(NoticeChannel::valueOf),
                Optional.ofNullable(e.failureReason).map(NoticeDispatchFailure::valueOf), e.requestedAt, e.dispatchedAt);
    }

    private byte[] serialise(MergedNotice notice) {
        try {
            return json.writeValueAsBytes(notice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a merged notice cannot be serialised", e);
        }
    }

    private MergedNotice deserialise(byte[] plaintext) {
        try {
            return json.readValue(plaintext, MergedNotice.class);
        } catch (IOException e) {
            throw new IllegalStateException("a queued notice holds unreadable content", e);
        }
    }

    /** Panache's repository for the entity, kept inside persistence. */
    @ApplicationScoped
    static class Entries implements PanacheRepositoryBase<NoticeDispatchEntity, UUID> {
    }
}
