package org.infoshare.breach.service;

import io.cloudevents.CloudEvent;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.staff.PolicyAcknowledged;
import org.infoshare.messaging.inbox.IdempotentConsumer;
import org.infoshare.breach.persistence.StaffAcknowledgementRepository;
import org.infoshare.web.PolicyAcknowledgements;

/**
 * P15.1: the staff acknowledgements this service's acknowledgement gate asks about, kept from
 * consent-service's policy-acknowledged events (each applied once), never asked of consent-service.
 */
@ApplicationScoped
public class StaffAcknowledgementService implements PolicyAcknowledgements {

    static final String CONSUMER = "breach-staff-acknowledgements";

    private final StaffAcknowledgementRepository acknowledgements;
    private final IdempotentConsumer idempotent;

    public StaffAcknowledgementService(StaffAcknowledgementRepository acknowledgements, IdempotentConsumer idempotent) {
        this.acknowledgements = acknowledgements;
        this.idempotent = idempotent;
    }

    @WithTransaction
    public Uni<Void> acknowledged(CloudEvent envelope, PolicyAcknowledged event) {
        return idempotent.applyOnce(CONSUMER, envelope, () -> acknowledgements.keep(event.staffId(),
                event.policyVersion(), event.acknowledgedAt())).replaceWithVoid();
    }

    @Override
    @WithSession
    public Uni<Boolean> hasAcknowledged(String staffId, String policyVersion) {
        return acknowledgements.exists(staffId, policyVersion);
    }
}
