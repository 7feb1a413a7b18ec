package org.infoshare.breach.api;

import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.events.vocabulary.ReleaseChannel;
import org.infoshare.events.vocabulary.Sensitivity;
import org.infoshare.testing.TopicWriter;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Plays sharing-service: publishes real share-released CloudEvents to {@code test.sharing-events}
 * on the real broker, as sharing-service's outbox relay would.
 */
final class SharingEvents implements AutoCloseable {

    static final String TOPIC = "test.sharing-events";
    private static final URI SOURCE = URI.create("urn:infoshare:sharing-service");

    private final TopicWriter writer = new TopicWriter(TOPIC, SOURCE);

    static ShareReleased release(String subjectId, String partnerId, UUID parent, Instant releasedAt,
                                 String... categories) {
        return new ShareReleased(UUID.randomUUID(), UUID.randomUUID(), subjectId, partnerId, parent,
                List.of("service improvement"), List.of(categories), Sensitivity.SPECIAL_CATEGORY,
                ReleaseChannel.SECURE_API, releasedAt);
    }

    static ShareReleased release(String subjectId, String partnerId, UUID parent, String... categories) {
        return release(subjectId, partnerId, parent, Instant.now().truncatedTo(ChronoUnit.SECONDS), categories);
    }

    /** Publishes each release as a new event and waits for the broker's acknowledgement. */
    void publish(ShareReleased... releases) {
        for (ShareReleased release : releases) {
            send(release.partitionKey(), bytes(release, UUID.randomUUID()));
        }
    }

    byte[] bytes(ShareReleased release, UUID eventId) {
        return writer.envelope(release, eventId, release.releasedAt());
    }

    void send(String key, byte[] value) {
        writer.sendRaw(key, value);
    }

    @Override
    public void close() {
        writer.close();
    }
}
