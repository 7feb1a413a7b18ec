package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Nullable;
import org.infoshare.events.vocabulary.ReleaseChannel;

/**
 * Emitted by sharing-service when a release first reaches its recipient by its protocol's channel
 * (P11.1): first fetched through the partner API or the portal, or handed to the protocol's named
 * recipient by secure e-mail. Later fetches are counted on the release, not announced.
 *
 * @param releaseId The release.
 * @param subjectId Pseudonymous data subject id; null for aggregate releases.
 * @param partnerId Recipient partner.
 * @param channel The channel it was delivered by.
 * @param deliveredBy Opaque actor id: the partner's user or system that fetched it, or the member of staff who sent it.
 * @param deliveredAt When it was delivered.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReleaseDelivered(
        UUID releaseId,
        @Nullable String subjectId,
        String partnerId,
        ReleaseChannel channel,
        String deliveredBy,
        Instant deliveredAt) implements SharingEvent {

    public ReleaseDelivered {
        requireNonNull(releaseId, "releaseId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(channel, "channel");
        requireNonNull(deliveredBy, "deliveredBy");
        requireNonNull(deliveredAt, "deliveredAt");
    }
}
