package org.infoshare.breach.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.infoshare.breach.service.NoticeService;
import org.infoshare.events.breach.BreachNoticeDispatched;
import org.infoshare.messaging.deadletter.ReplayableConsumer;
import org.infoshare.messaging.inbox.IncomingEvents;

import java.util.Set;

/**
 * P14.3: consent-service's answer to a notice request (sent by letter or e-mail, or not sendable)
 * arrives on breach-events beside breach-service's own events, which are passed over here.
 * Unreadable records are dead-lettered to breach-service.dead-letter.
 */
@ApplicationScoped
public class NoticeDispatchConsumer implements ReplayableConsumer {

    private final IncomingEvents incoming;
    private final NoticeService notices;

    public NoticeDispatchConsumer(IncomingEvents incoming, NoticeService notices) {
        this.incoming = incoming;
        this.notices = notices;
    }

    @Incoming("breach-in")
    @Override
    public Uni<Void> consume(byte[] value) {
        return incoming.on(value, BreachNoticeDispatched.class, notices::onDispatched);
    }

    @Override
    public Set<String> topics() {
        return Set.of("breach-events");
    }
}
