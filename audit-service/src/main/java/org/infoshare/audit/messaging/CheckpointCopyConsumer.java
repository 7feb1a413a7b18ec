package org.infoshare.audit.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.infoshare.audit.domain.PublishedCheckpoint;
import org.infoshare.audit.service.CheckpointCopies;
import org.infoshare.events.audit.AuditCheckpoint;
import org.infoshare.messaging.deadletter.ReplayableConsumer;
import org.infoshare.messaging.inbox.IncomingEvents;

import java.util.Set;

/**
 * Reads audit-service's own published checkpoints back and compares each with the database
 * (X1). Comparing writes nothing, so reading its own topic cannot loop.
 */
@ApplicationScoped
public class CheckpointCopyConsumer implements ReplayableConsumer {

    private final IncomingEvents incoming;
    private final CheckpointCopies copies;

    public CheckpointCopyConsumer(IncomingEvents incoming, CheckpointCopies copies) {
        this.incoming = incoming;
        this.copies = copies;
    }

    @Incoming("checkpoints-in")
    @Override
    public Uni<Void> consume(byte[] value) {
        return incoming.on(value, AuditCheckpoint.class, (envelope, copy) -> copies.compare(new PublishedCheckpoint(
                copy.treeSize(), copy.rootHash(), copy.signedAt(), copy.keyId(), copy.signature())).replaceWithVoid());
    }

    @Override
    public Set<String> topics() {
        return Set.of("audit-checkpoints");
    }
}
