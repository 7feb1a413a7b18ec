package org.infoshare.consent.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.SubjectAccessAnswerState;
import org.infoshare.consent.domain.SubjectAccessPart;
import org.infoshare.consent.domain.SubjectAccessParts;
import org.infoshare.events.EventCodec;
import org.infoshare.events.subjectaccess.SubjectAccessItem;
import org.infoshare.events.vocabulary.PartCompleteness;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The other services' parts of subject access answers (P12.2) and the DPO's review, release and
 * the escalation of missing parts; hands out domain records only.
 */
@ApplicationScoped
public class SubjectAccessAnswerRepository {

    private static final String ADD_PART = """
            INSERT INTO subject_access_part (request_id, service, completeness, omitted_records, records_json,
                                             prepared_at, received_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            ON CONFLICT (request_id, service) DO NOTHING""";

    private static final String DUE_WITH_PARTS_MISSING = """
            from SubjectAccessRequestEntity r
             where r.identityVerifiedAt is not null and r.pausedSince is null and r.dueDate <= ?1
               and not exists (select 1 from SubjectAccessAnswerEntity a
                                where a.requestId = r.id and (a.releasedAt is not null or a.escalatedAt is not null))
               and (select count(p) from SubjectAccessPartEntity p where p.requestId = r.id) < ?2
             order by r.dueDate, r.id""";

    private static final TypeReference<List<SubjectAccessItem>> ITEMS = new TypeReference<>() {
    };

    private final Parts parts;
    private final Answers answers;
    private final ObjectMapper json;

    SubjectAccessAnswerRepository(Parts parts, Answers answers, EventCodec codec) {
        this.parts = parts;
        this.answers = answers;
        this.json = codec.objectMapper();
    }

    /** @return true when stored, false when the request already had that service's part (a second one changes nothing) */
    public Uni<Boolean> addPart(SubjectAccessPart part) {
        String records;
        try {
            records = json.writeValueAsString(part.records());
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("part records are not serialisable", e));
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(ADD_PART)
                .setParameter(1, part.requestId())
                .setParameter(2, part.service())
                .setParameter(3, part.completeness().name())
                .setParameter(4, part.omittedRecords())
                .setParameter(5, records)
                .setParameter(6, part.preparedAt())
                .setParameter(7, part.receivedAt())
                .executeUpdate()).map(inserted -> inserted > 0);
    }

    public Uni<List<SubjectAccessPart>> parts(UUID requestId) {
        return parts.find("requestId", Sort.ascending("service"), requestId).list()
                .map(found -> found.stream().map(this::toDomain).toList());
    }

    public Uni<SubjectAccessAnswerState> state(UUID requestId) {
        return answers.findById(requestId).map(entity -> entity == null
                ? SubjectAccessAnswerState.none(requestId) : toDomain(entity));
    }

    public Uni<Void> save(SubjectAccessAnswerState state) {
        return answers.findById(state.requestId()).chain(found -> {
            SubjectAccessAnswerEntity entity = found != null ? found : new SubjectAccessAnswerEntity();
            entity.requestId = state.requestId();
            entity.reviewedBy = state.reviewed().map(SubjectAccessAnswerState.Stamp::by).orElse(null);
            entity.reviewedAt = state.reviewed().map(SubjectAccessAnswerState.Stamp::at).orElse(null);
            entity.releasedBy = state.released().map(SubjectAccessAnswerState.Stamp::by).orElse(null);
            entity.releasedAt = state.released().map(SubjectAccessAnswerState.Stamp::at).orElse(null);
            entity.escalatedAt = state.escalated().map(SubjectAccessAnswerState.Escalation::at).orElse(null);
            entity.escalatedMissing = state.escalated().map(e -> String.join(",", e.missingParts())).orElse(null);
            return found != null ? Uni.createFrom().voidItem() : answers.persist(entity).replaceWithVoid();
        });
    }

    /** Verified, unpaused requests due by {@code today}, neither released nor escalated, with a part still missing. */
    public Uni<List<UUID>> dueWithPartsMissing(LocalDate today, int limit) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select r.id " + DUE_WITH_PARTS_MISSING, UUID.class)
                .setParameter(1, today)
                .setParameter(2, (long) SubjectAccessParts.EXPECTED.size())
                .setMaxResults(limit)
                .getResultList());
    }

    private SubjectAccessPart toDomain(SubjectAccessPartEntity e) {
        try {
            return new SubjectAccessPart(e.requestId, e.service, PartCompleteness.valueOf(e.completeness),
                    e.omittedRecords, json.readValue(e.recordsJson, ITEMS), e.preparedAt, e.receivedAt);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored part of request " + e.requestId + " is unreadable", ex);
        }
    }

    private static SubjectAccessAnswerState toDomain(SubjectAccessAnswerEntity e) {
        return new SubjectAccessAnswerState(e.requestId,
                Optional.ofNullable(e.reviewedAt).map(at -> new SubjectAccessAnswerState.Stamp(e.reviewedBy, at)),
                Optional.ofNullable(e.releasedAt).map(at -> new SubjectAccessAnswerState.Stamp(e.releasedBy, at)),
                Optional.ofNullable(e.escalatedAt).map(at -> new SubjectAccessAnswerState.Escalation(at,
                        e.escalatedMissing == null || e.escalatedMissing.isEmpty() ? List.of()
                                : Arrays.asList(e.escalatedMissing.split(",")))));
    }

    @ApplicationScoped
    static class Parts implements PanacheRepositoryBase<SubjectAccessPartEntity, SubjectAccessPartEntity.Key> {
    }

    @ApplicationScoped
    static class Answers implements PanacheRepositoryBase<SubjectAccessAnswerEntity, UUID> {
    }
}
