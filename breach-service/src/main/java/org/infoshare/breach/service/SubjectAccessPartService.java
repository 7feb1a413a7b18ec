package org.infoshare.breach.service;

import io.cloudevents.CloudEvent;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.persistence.SubjectAccessRecords;
import org.infoshare.events.consent.SubjectAccessVerified;
import org.infoshare.events.subjectaccess.SubjectAccessPartPrepared;
import org.infoshare.messaging.inbox.IdempotentConsumer;
import org.infoshare.messaging.outbox.Outbox;

import java.time.Clock;

/**
 * P12.2: when consent-service announces a verified subject access request, this service prepares
 * its part (the breaches that affected the person and the notices sent) and commits it as one
 * subject-access-part-prepared event with the record of having done so: a redelivered
 * verification prepares nothing more.
 */
@ApplicationScoped
public class SubjectAccessPartService {

    static final String CONSUMER = "breach-subject-access";
    static final String SERVICE = "breach-service";

    private final SubjectAccessRecords records;
    private final IdempotentConsumer idempotent;
    private final Outbox outbox;
    private final Clock clock;

    public SubjectAccessPartService(SubjectAccessRecords records, IdempotentConsumer idempotent, Outbox outbox,
                                    Clock clock) {
        this.records = records;
        this.idempotent = idempotent;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Void> prepare(CloudEvent envelope, SubjectAccessVerified verified) {
        return idempotent.applyOnce(CONSUMER, envelope, () -> records.of(verified.subjectId())
                .chain(items -> outbox.append(SubjectAccessPartPrepared.of(verified.requestId(), verified.subjectId(),
                        SERVICE, items, SubjectAccessPartPrepared.MAX_RECORDS, clock.instant())))
                .replaceWithVoid()).replaceWithVoid();
    }
}
