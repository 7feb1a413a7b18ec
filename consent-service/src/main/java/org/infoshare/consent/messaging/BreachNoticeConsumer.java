package org.infoshare.consent.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.infoshare.consent.service.BreachNoticeService;
import org.infoshare.events.breach.BreachNoticeRequested;
import org.infoshare.messaging.deadletter.ReplayableConsumer;
import org.infoshare.messaging.inbox.IncomingEvents;

import java.util.Set;

/**
 * P14.3: breach-service's requests to notify a person arrive on breach-events; every other breach
 * event (including this service's own answers) is of no concern here. A person without contact
 * details is an answer, not a failure: only unreadable records are dead-lettered.
 */
@ApplicationScoped
public class BreachNoticeConsumer implements ReplayableConsumer {

    private final IncomingEvents incoming;
    private final BreachNoticeService notices;

    public BreachNoticeConsumer(IncomingEvents incoming, BreachNoticeService notices) {
        this.incoming = incoming;
        this.notices = notices;
    }

    @Incoming("breach-in")
    @Override
    public Uni<Void> consume(byte[] value) {
        return incoming.on(value, BreachNoticeRequested.class, notices::dispatch);
    }

    @Override
    public Set<String> topics() {
        return Set.of("breach-events");
    }
}
