package org.infoshare.breach.service;

import io.cloudevents.CloudEvent;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.persistence.ReleaseProjection;
import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.messaging.inbox.IdempotentConsumer;

/** Applies share-released to the release projection once per event (P14.1 tracing). */
@ApplicationScoped
public class ReleaseProjectionService {

    static final String CONSUMER = "breach-release-projection";

    private final ReleaseProjection releases;
    private final IdempotentConsumer idempotent;

    public ReleaseProjectionService(ReleaseProjection releases, IdempotentConsumer idempotent) {
        this.releases = releases;
        this.idempotent = idempotent;
    }

    @WithTransaction
    public Uni<Void> record(CloudEvent envelope, ShareReleased released) {
        return idempotent.applyOnce(CONSUMER, envelope, () -> releases.record(released)).replaceWithVoid();
    }
}
