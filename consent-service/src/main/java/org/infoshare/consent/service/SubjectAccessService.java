package org.infoshare.consent.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.SubjectAccessDeadline;
import org.infoshare.consent.domain.SubjectAccessRequest;
import org.infoshare.consent.domain.ConsentEventMapper;
import org.infoshare.consent.persistence.SubjectAccessRequestRepository;
import org.infoshare.consent.persistence.VaultRepository;
import org.infoshare.events.vocabulary.SubjectAccessStep;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Subject access requests (P12.2): intake by any channel, identity verification before anything
 * is released, pauses and extensions that move the deadline. Every step and its event commit
 * together; the answer is assembled in {@link SubjectAccessAnswerService}.
 */
@ApplicationScoped
public class SubjectAccessService {

    private final SubjectAccessRequestRepository requests;
    private final VaultRepository vault;
    private final Outbox outbox;
    private final Clock clock;

    public SubjectAccessService(SubjectAccessRequestRepository requests, VaultRepository vault,
                                Outbox outbox, Clock clock) {
        this.requests = requests;
        this.vault = vault;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<SubjectAccessRequest> receive(String subjectId, SubjectAccessRequest.RequestChannel channel,
                                             Instant receivedAt, String recordedBy) {
        return vault.exists(subjectId).chain(known -> {
            if (!known) {
                return Uni.createFrom().failure(new ProblemException(ProblemType.UNPROCESSABLE,
                        "No data subject " + subjectId + ": register the person first"));
            }
            SubjectAccessRequest request = SubjectAccessRequest.received(UUID.randomUUID(), subjectId, channel,
                    receivedAt, recordedBy, clock.instant());
            return requests.add(request)
                    .chain(() -> outbox.append(ConsentEventMapper.subjectAccessRequested(request)))
                    .replaceWith(request);
        });
    }

    /**
     * The first verification announces subject-access-verified, so every other service prepares its
     * part (P12.2); a later one (a corrected method) changes the record only, so no part is prepared twice.
     */
    @WithTransaction
    public Uni<SubjectAccessRequest> verifyIdentity(UUID id, String method, String verifiedBy) {
        return requests.findForUpdate(id).map(found -> found.orElseThrow(() -> notFound(id))).chain(before -> {
            SubjectAccessRequest after = before.verified(
                    new SubjectAccessRequest.IdentityVerification(method, verifiedBy, clock.instant()), today());
            return requests.update(after)
                    .chain(() -> before.identityVerified() ? Uni.createFrom().voidItem()
                            : outbox.append(ConsentEventMapper.subjectAccessVerified(after)).replaceWithVoid())
                    .replaceWith(after);
        });
    }

    @WithTransaction
    public Uni<SubjectAccessRequest> pause(UUID id, SubjectAccessRequest.PauseReason reason) {
        return change(id, request -> {
            if (request.pause().isPresent()) {
                throw new ProblemException(ProblemType.CONFLICT, "The request is already paused");
            }
            return request.paused(reason, today());
        }, SubjectAccessStep.PAUSED);
    }

    @WithTransaction
    public Uni<SubjectAccessRequest> resume(UUID id) {
        return change(id, request -> {
            if (request.pause().isEmpty()) {
                throw new ProblemException(ProblemType.CONFLICT, "The request is not paused");
            }
            return request.resumed(today());
        }, SubjectAccessStep.RESUMED);
    }

    @WithTransaction
    public Uni<SubjectAccessRequest> extend(UUID id, int months, String reason) {
        return change(id, request -> {
            if (request.extensionMonths() + months > SubjectAccessRequest.MAX_EXTENSION_MONTHS) {
                throw new ProblemException(ProblemType.UNPROCESSABLE,
                        "P12.2 a request may be extended by two months at most in all");
            }
            return request.extended(months, reason);
        }, SubjectAccessStep.EXTENDED);
    }

    @WithSession
    public Uni<Optional<SubjectAccessRequest>> find(UUID id) {
        return requests.find(id);
    }

    @WithSession
    public Uni<Page<SubjectAccessRequest>> byDueDate(int page, int size) {
        return Page.of(requests.byDueDate(page, size), requests::count, page, size);
    }

    /**
     * Reads under a row lock so a concurrent pause, resume or extension is applied after this one, not
     * lost; the step and the deadline it leaves are announced in the same transaction.
     */
    private Uni<SubjectAccessRequest> change(UUID id, Function<SubjectAccessRequest, SubjectAccessRequest> step,
                                             SubjectAccessStep announced) {
        return requests.findForUpdate(id).map(found -> found.orElseThrow(() -> notFound(id)))
                .map(step).call(requests::update)
                .call(changed -> outbox.append(ConsentEventMapper.subjectAccessProgressed(changed, announced,
                        clock.instant(), List.of())));
    }

    private Uni<SubjectAccessRequest> existing(UUID id) {
        return requests.find(id).map(found -> found.orElseThrow(() -> notFound(id)));
    }

    private static ProblemException notFound(UUID id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No subject access request " + id);
    }

    private LocalDate today() {
        return clock.instant().atZone(SubjectAccessDeadline.ORGANISATION_ZONE).toLocalDate();
    }
}
