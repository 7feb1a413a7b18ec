package org.infoshare.consent.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.infoshare.consent.service.ConsentService;
import org.infoshare.consent.service.LegalDisclosureService;
import org.infoshare.consent.service.PersonLinkService;
import org.infoshare.events.sharing.LegalDisclosureApproved;
import org.infoshare.events.sharing.ShareDecided;
import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.events.sharing.SharingEvent;
import org.infoshare.events.vocabulary.ShareOutcome;
import org.infoshare.messaging.deadletter.ReplayableConsumer;
import org.infoshare.messaging.inbox.IncomingEvents;
import org.infoshare.messaging.tracing.Traces;

import java.util.Set;

/**
 * P6.7: when sharing-service holds a share for stale consent, the person is asked to re-confirm.
 * P2.1: a legal-duty disclosure the DPO recorded there is prepared here for hand-over. Every other
 * sharing event but share-released is of no concern here. Issue 13 item 4(a): share-released
 * (pseudonymous subject, partner, purposes, categories) is projected so a person can see who
 * received their data and for what, without asking sharing-service. Unreadable records are
 * dead-lettered.
 */
@ApplicationScoped
public class ShareDecisionConsumer implements ReplayableConsumer {

    private final IncomingEvents incoming;
    private final ConsentService consents;
    private final LegalDisclosureService legalDisclosures;
    private final PersonLinkService personLinks;
    private final Traces traces;

    public ShareDecisionConsumer(IncomingEvents incoming, ConsentService consents,
                                 LegalDisclosureService legalDisclosures, PersonLinkService personLinks, Traces traces) {
        this.incoming = incoming;
        this.consents = consents;
        this.legalDisclosures = legalDisclosures;
        this.personLinks = personLinks;
        this.traces = traces;
    }

    /** In a span continuing the record's trace, so what the effect writes to the outbox carries it on. */
    @Incoming("sharing-in")
    public Uni<Void> receive(byte[] value, IncomingKafkaRecordMetadata<String, byte[]> record) {
        return traces.consuming(record.getTopic(), record.getHeaders(), () -> consume(value));
    }

    @Override
    public Uni<Void> consume(byte[] value) {
        return incoming.on(value, SharingEvent.class, (envelope, event) -> {
            if (event instanceof ShareDecided decided && decided.outcome() == ShareOutcome.HELD_STALE_CONSENT
                    && decided.consentId() != null) {
                return consents.onShareHeld(envelope, decided.consentId(), decided.shareRequestId());
            }
            if (event instanceof LegalDisclosureApproved approved) {
                return legalDisclosures.prepare(envelope, approved);
            }
            if (event instanceof ShareReleased released) {
                return personLinks.recordRelease(released);
            }
            return Uni.createFrom().voidItem();
        });
    }

    @Override
    public Set<String> topics() {
        return Set.of("sharing-events");
    }
}
