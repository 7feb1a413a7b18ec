package org.infoshare.audit.service;

import io.cloudevents.CloudEvent;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.audit.domain.TrailEntry;
import org.infoshare.audit.persistence.TrailRepository;
import org.infoshare.messaging.inbox.IdempotentConsumer;
import org.infoshare.web.Page;

import java.util.Optional;

/** Records each event of the platform in the trail once, however often Kafka delivers it. */
@ApplicationScoped
public class TrailService {

    static final String CONSUMER = "audit-trail";

    private final TrailRepository trail;
    private final IdempotentConsumer idempotent;

    public TrailService(TrailRepository trail, IdempotentConsumer idempotent) {
        this.trail = trail;
        this.idempotent = idempotent;
    }

    /** @return true when the entry was added, false when the event was already in the trail */
    @WithTransaction
    public Uni<Boolean> record(CloudEvent envelope, TrailEntry entry) {
        return idempotent.applyOnce(CONSUMER, envelope, () -> trail.append(entry));
    }

    @WithSession
    public Uni<Page<TrailEntry>> find(Optional<String> type, Optional<String> subject, int page, int size) {
        return trail.find(type, subject, page, size)
                .chain(items -> trail.count(type, subject).map(total -> new Page<>(items, page, size, total)));
    }
}
