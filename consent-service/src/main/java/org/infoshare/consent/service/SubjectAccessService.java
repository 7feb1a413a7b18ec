package org.infoshare.consent.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.SubjectAccessDeadline;
import org.infoshare.consent.domain.SubjectAccessRequest;
import org.infoshare.consent.messaging.ConsentEventMapper;
import org.infoshare.consent.persistence.SubjectAccessRequestRepository;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.web.Page;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Takes in subject access requests (P12.2); the request and its event commit together. */
@ApplicationScoped
public class SubjectAccessService {

    private final SubjectAccessRequestRepository requests;
    private final Outbox outbox;
    private final Clock clock;

    public SubjectAccessService(SubjectAccessRequestRepository requests, Outbox outbox, Clock clock) {
        this.requests = requests;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<SubjectAccessRequest> receive(String subjectId, SubjectAccessRequest.RequestChannel channel,
                                             Instant receivedAt, String recordedBy) {
        SubjectAccessRequest request = new SubjectAccessRequest(UUID.randomUUID(), subjectId, channel, receivedAt,
                SubjectAccessDeadline.dueDate(receivedAt), recordedBy, clock.instant());
        return requests.add(request)
                .chain(() -> outbox.append(ConsentEventMapper.subjectAccessRequested(request)))
                .replaceWith(request);
    }

    @WithSession
    public Uni<Optional<SubjectAccessRequest>> find(UUID id) {
        return requests.find(id);
    }

    @WithSession
    public Uni<Page<SubjectAccessRequest>> byDueDate(int page, int size) {
        return requests.byDueDate(page, size)
                .chain(items -> requests.count().map(total -> new Page<>(items, page, size, total)));
    }
}
