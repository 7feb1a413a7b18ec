package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Nullable;
import org.infoshare.events.vocabulary.ReleaseChannel;
import org.infoshare.events.vocabulary.Sensitivity;

/**
 * Emitted by sharing-service when data is released to a partner, including onward releases
 * recorded as children (P7.3, P10.1, P11.1).
 *
 * @param releaseId The release.
 * @param shareRequestId The share request it fulfils.
 * @param subjectId Pseudonymous data subject id; null for aggregate releases.
 * @param partnerId Recipient partner.
 * @param parentReleaseId Parent release for an onward release.
 * @param purposes Purposes the release is bound to.
 * @param dataCategories Data categories released.
 * @param sensitivity Sensitivity class.
 * @param channel Transmission channel.
 * @param releasedAt When it was released.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ShareReleased(
        UUID releaseId,
        UUID shareRequestId,
        @Nullable String subjectId,
        String partnerId,
        @Nullable UUID parentReleaseId,
        List<String> purposes,
        List<String> dataCategories,
        Sensitivity sensitivity,
        ReleaseChannel channel,
        Instant releasedAt) implements SharingEvent {

    public ShareReleased {
        requireNonNull(releaseId, "releaseId");
        requireNonNull(shareRequestId, "shareRequestId");
        requireNonNull(partnerId, "partnerId");
        purposes = List.copyOf(requireNonNull(purposes, "purposes"));
        dataCategories = List.copyOf(requireNonNull(dataCategories, "dataCategories"));
        requireNonNull(sensitivity, "sensitivity");
        requireNonNull(channel, "channel");
        requireNonNull(releasedAt, "releasedAt");
    }
}
