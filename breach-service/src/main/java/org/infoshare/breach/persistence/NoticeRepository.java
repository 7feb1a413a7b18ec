package org.infoshare.breach.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.domain.IcoReportDraft;
import org.infoshare.breach.domain.IndividualNotice;
import org.infoshare.breach.domain.NoticeStatus;
import org.infoshare.events.vocabulary.NoticeChannel;
import org.infoshare.events.vocabulary.NoticeDispatchFailure;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Notices to affected people (P14.3), by pseudonymous subject id. */
@ApplicationScoped
public class NoticeRepository {

    /**
     * One pending notice for every traced person who has none yet, in one statement however many
     * people a breach reaches; preparing again after more releases were traced adds only the new ones,
     * and only those come back (to be requested from consent-service).
     */
    private static final String PREPARE = ReleaseProjection.TRACED + """
            INSERT INTO breach_notice (id, breach_id, subject_id, status, advice, support_offered, prepared_at,
                                       preferred_channel)
            SELECT gen_random_uuid(), ?1, subject_id, 'PENDING', ?2, ?3, ?4, CAST(?5 AS TEXT)
              FROM (SELECT DISTINCT subject_id FROM traced WHERE subject_id IS NOT NULL) people
            ON CONFLICT (breach_id, subject_id) DO NOTHING
            RETURNING id, subject_id""";

    private final Entities entities;

    NoticeRepository(Entities entities) {
        this.entities = entities;
    }

    /** @return the notices added now */
    public Uni<List<IndividualNotice>> prepare(UUID breachId, String advice, String supportOffered,
                                               Optional<NoticeChannel> preferredChannel, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(PREPARE, Object[].class)
                        .setParameter(1, breachId)
                        .setParameter(2, advice)
                        .setParameter(3, supportOffered)
                        .setParameter(4, at)
                        .setParameter(5, preferredChannel.map(Enum::name).orElse(null))
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new IndividualNotice((UUID) row[0], breachId, (String) row[1], NoticeStatus.PENDING,
                                advice, supportOffered, Optional.empty(), at, Optional.empty(), preferredChannel,
                                Optional.empty()))
                        .sorted(Comparator.comparing(IndividualNotice::subjectId))
                        .toList());
    }

    public Uni<List<IndividualNotice>> list(UUID breachId, int page, int size) {
        return entities.find("breachId", Sort.ascending("subjectId"), breachId).page(Page.of(page, size)).list()
                .map(found -> found.stream().map(NoticeRepository::toDomain).toList());
    }

    public Uni<IcoReportDraft.NoticeCount> count(UUID breachId) {
        return entities.count("breachId", breachId)
                .chain(total -> entities.count("breachId = ?1 and status = ?2", breachId, NoticeStatus.SENT.name())
                        .map(sent -> new IcoReportDraft.NoticeCount(total.intValue(), sent.intValue())));
    }

    public Uni<Optional<IndividualNotice>> find(UUID breachId, UUID noticeId) {
        return entities.find("breachId = ?1 and id = ?2", breachId, noticeId).firstResult()
                .map(entity -> Optional.ofNullable(entity).map(NoticeRepository::toDomain));
    }

    public Uni<IndividualNotice> markSent(UUID noticeId, NoticeChannel channel, Instant sentAt) {
        return entities.findById(noticeId).map(entity -> {
            entity.status = NoticeStatus.SENT.name();
            entity.channel = channel.name();
            entity.sentAt = sentAt;
            return toDomain(entity);
        });
    }

    /** consent-service could not send it: the reason only, never a contact detail. */
    public Uni<IndividualNotice> markFailed(UUID noticeId, NoticeDispatchFailure reason) {
        return entities.findById(noticeId).map(entity -> {
            entity.status = NoticeStatus.FAILED.name();
            entity.failureReason = reason.name();
            return toDomain(entity);
        });
    }

    private static IndividualNotice toDomain(NoticeEntity e) {
        return new IndividualNotice(e.id, e.breachId, e.subjectId, NoticeStatus.valueOf(e.status), e.advice,
                e.supportOffered, Optional.ofNullable(e.channel).map(NoticeChannel::valueOf), e.preparedAt,
                Optional.ofNullable(e.sentAt), Optional.ofNullable(e.preferredChannel).map(NoticeChannel::valueOf),
                Optional.ofNullable(e.failureReason).map(NoticeDispatchFailure::valueOf));
    }

    /** Panache's repository for the entity, kept private to this package. */
    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<NoticeEntity, UUID> {
    }
}
