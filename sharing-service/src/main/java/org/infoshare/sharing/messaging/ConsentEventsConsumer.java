package org.infoshare.sharing.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.infoshare.events.consent.ConsentEvent;
import org.infoshare.events.consent.LegalDisclosureHandedOver;
import org.infoshare.events.consent.SubjectAccessVerified;
import org.infoshare.events.staff.PolicyAcknowledged;
import org.infoshare.messaging.deadletter.ReplayableConsumer;
import org.infoshare.messaging.inbox.IncomingEvents;
import org.infoshare.messaging.tracing.Traces;
import org.infoshare.sharing.service.ConsentProjectionService;
import org.infoshare.sharing.service.LegalDisclosureService;
import org.infoshare.sharing.service.SubjectAccessPartService;
import org.infoshare.sharing.service.StaffAcknowledgementService;

import java.util.Set;

/**
 * consent-events into the consent projection, consent-service's hand-overs of legal-duty
 * disclosures (P2.1) into their records, verified subject access requests into this service's
 * part of the answer (P12.2), and staff acknowledgements of the policy (P15.1, which the
 * acknowledgement gate reads; other staff register events are passed over). Unreadable records
 * throw and are dead-lettered to {@code sharing-service.dead-letter}; the partition carries on.
 */
@ApplicationScoped
public class ConsentEventsConsumer implements ReplayableConsumer {

    private final IncomingEvents incoming;
    private final ConsentProjectionService projection;
    private final LegalDisclosureService legalDisclosures;
    private final SubjectAccessPartService subjectAccess;
    private final StaffAcknowledgementService staff;
    private final Traces traces;

    public ConsentEventsConsumer(IncomingEvents incoming, ConsentProjectionService projection,
                                 LegalDisclosureService legalDisclosures, SubjectAccessPartService subjectAccess,
                                 StaffAcknowledgementService staff,
                                 Traces traces) {
        this.incoming = incoming;
        this.projection = projection;
        this.legalDisclosures = legalDisclosures;
        this.subjectAccess = subjectAccess;
        this.staff = staff;
        this.traces = traces;
    }

    /** In a span continuing the record's trace: a withdrawal's notifications carry it to the webhooks. */
    @Incoming("consent-in")
    public Uni<Void> receive(byte[] value, IncomingKafkaRecordMetadata<String, byte[]> record) {
        return traces.consuming(record.getTopic(), record.getHeaders(), () -> consume(value));
    }

    @Override
    public Uni<Void> consume(byte[] value) {
        return incoming.on(value, ConsentEvent.class, (envelope, event) -> {
            if (event instanceof LegalDisclosureHandedOver handedOver) {
                return legalDisclosures.handedOver(envelope, handedOver);
            }
            if (event instanceof SubjectAccessVerified verified) {
                return subjectAccess.prepare(envelope, verified); // P12.2: this service's part of the answer
            }
            return projection.apply(envelope, event);
        }, PolicyAcknowledged.class, staff::acknowledged);
    }

    @Override
    public Set<String> topics() {
        return Set.of("consent-events");
    }
}
