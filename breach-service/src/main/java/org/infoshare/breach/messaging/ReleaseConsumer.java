package org.infoshare.breach.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.infoshare.breach.service.ReleaseProjectionService;
import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.messaging.deadletter.ReplayableConsumer;
import org.infoshare.messaging.inbox.IncomingEvents;

import java.util.Set;

/**
 * Keeps the release projection that tracing reads (P14.1): every share-released on sharing-events,
 * applied once. Other sharing events are not needed here and are passed over. A record that is not
 * a readable event fails here and the channel dead-letters it to breach-service.dead-letter.
 */
@ApplicationScoped
public class ReleaseConsumer implements ReplayableConsumer {

    private final IncomingEvents incoming;
    private final ReleaseProjectionService projection;

    public ReleaseConsumer(IncomingEvents incoming, ReleaseProjectionService projection) {
        this.incoming = incoming;
        this.projection = projection;
    }

    @Incoming("sharing-in")
    @Override
    public Uni<Void> consume(byte[] value) {
        return incoming.on(value, ShareReleased.class, projection::record);
    }

    @Override
    public Set<String> topics() {
        return Set.of("sharing-events");
    }
}
