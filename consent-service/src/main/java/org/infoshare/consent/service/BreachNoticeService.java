package org.infoshare.consent.service;

import io.cloudevents.CloudEvent;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.BreachNoticeMergeRule;
import org.infoshare.consent.domain.DataSubject;
import org.infoshare.consent.domain.MergedNotice;
import org.infoshare.consent.domain.NoticeDispatch;
import org.infoshare.consent.domain.PersonalDataRead;
import org.infoshare.consent.domain.ConsentEventMapper;
import org.infoshare.consent.persistence.NoticeDispatchRepository;
import org.infoshare.consent.persistence.VaultRepository;
import org.infoshare.events.breach.BreachNoticeRequested;
import org.infoshare.events.vocabulary.NoticeDispatchFailure;
import org.infoshare.messaging.inbox.IdempotentConsumer;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * P14.3: breach-service asks for a notice by subject id; here, the only place holding contact
 * details, the notice is merged with the person's name and address (or e-mail) and queued,
 * encrypted, for the print and mail channel. In one transaction per request: the vault read with
 * its personal-data-accessed record (P6.1), the queue entry, and the answer to breach-service
 * (breach-notice-dispatched, with the channel or why it could not be sent).
 */
@ApplicationScoped
public class BreachNoticeService {

    static final String CONSUMER = "consent-breach-notice";
    /** The service itself reads the vault for a notice; recorded like a person's read. */
    static final String SERVICE_ACTOR = "consent-service";
    static final String SERVICE_ROLE = "service";

    private final VaultRepository vault;
    private final NoticeDispatchRepository queue;
    private final IdempotentConsumer idempotent;
    private final Outbox outbox;
    private final Clock clock;

    public BreachNoticeService(VaultRepository vault, NoticeDispatchRepository queue, IdempotentConsumer idempotent,
                               Outbox outbox, Clock clock) {
        this.vault = vault;
        this.queue = queue;
        this.idempotent = idempotent;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Void> dispatch(CloudEvent envelope, BreachNoticeRequested request) {
        return idempotent.applyOnce(CONSUMER, envelope, () -> queue.exists(request.noticeId())
                // The same notice asked for again under another event id is queued only once.
                .chain(queued -> queued ? Uni.createFrom().voidItem() : mergeAndQueue(request))).replaceWithVoid();
    }

    private Uni<Void> mergeAndQueue(BreachNoticeRequested request) {
        Instant now = clock.instant();
        return vault.find(request.subjectId()).chain(found -> {
            if (found.isEmpty()) {
                return settle(NoticeDispatch.failed(request.noticeId(), request.breachId(), request.subjectId(),
                        NoticeDispatchFailure.UNKNOWN_SUBJECT, request.requestedAt(), now), Optional.empty());
            }
            DataSubject person = found.get();
            BreachNoticeMergeRule.Outcome outcome = BreachNoticeMergeRule.merge(person.identity(),
                    new BreachNoticeMergeRule.Request(request.breachId(), request.noticeId(), request.advice(),
                            request.supportOffered(), Optional.ofNullable(request.preferredChannel())));
            Uni<?> recorded = outbox.append(ConsentEventMapper.accessed(new PersonalDataRead(request.subjectId(),
                    SERVICE_ACTOR, SERVICE_ROLE, "P14.3 notice " + request.noticeId() + " of breach " + request.breachId(),
                    PersonalDataRead.VAULT_ENTRY), now));
            if (outcome instanceof BreachNoticeMergeRule.Merged merged) {
                return recorded.chain(() -> settle(NoticeDispatch.queued(request.noticeId(), request.breachId(),
                        request.subjectId(), merged.notice().channel(), request.requestedAt(), now),
                        Optional.of(merged.notice())));
            }
            NoticeDispatchFailure reason = ((BreachNoticeMergeRule.Undeliverable) outcome).reason();
            return recorded.chain(() -> settle(NoticeDispatch.failed(request.noticeId(), request.breachId(),
                    request.subjectId(), reason, request.requestedAt(), now), Optional.empty()));
        });
    }

    private Uni<Void> settle(NoticeDispatch dispatch, Optional<MergedNotice> content) {
        return queue.add(dispatch, content)
                .chain(() -> outbox.append(ConsentEventMapper.noticeDispatched(dispatch))).replaceWithVoid();
    }

    @WithSession
    public Uni<Page<NoticeDispatch>> list(Optional<NoticeDispatch.Status> status, int page, int size) {
        return Page.of(queue.list(status, page, size), () -> queue.count(status), page, size);
    }

    /** The merged notice, for printing or sending; the read is recorded with its purpose (P6.1). */
    @WithTransaction
    public Uni<Queued> read(UUID noticeId, String actorId, String actorRole, String purpose) {
        return queue.find(noticeId).chain(found -> {
            NoticeDispatch dispatch = found.orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                    "No breach notice " + noticeId + " in the dispatch queue"));
            if (dispatch.status() != NoticeDispatch.Status.QUEUED) {
                throw new ProblemException(ProblemType.CONFLICT,
                        "Breach notice " + noticeId + " could not be merged: " + dispatch.failureReason().orElseThrow());
            }
            return queue.content(noticeId)
                    .call(() -> outbox.append(ConsentEventMapper.accessed(new PersonalDataRead(dispatch.subjectId(),
                            actorId, actorRole, purpose, PersonalDataRead.BREACH_NOTICE), clock.instant())))
                    .map(content -> new Queued(dispatch, content.orElseThrow()));
        });
    }

    /** A queue entry with its merged content. */
    public record Queued(NoticeDispatch dispatch, MergedNotice content) {
    }
}
