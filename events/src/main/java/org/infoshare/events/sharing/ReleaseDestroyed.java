package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Nullable;
import org.infoshare.events.vocabulary.PayloadDestructionCause;

/**
 * Emitted by sharing-service when a release's payload is destroyed (P11.1, P13.1): after its
 * retention, or at once when its consent is withdrawn. The fact of the release is kept.
 *
 * @param releaseId The release.
 * @param subjectId Pseudonymous data subject id; null for aggregate releases.
 * @param partnerId Recipient partner.
 * @param cause Why it was destroyed.
 * @param destroyedAt When it was destroyed.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReleaseDestroyed(
        UUID releaseId,
        @Nullable String subjectId,
        String partnerId,
        PayloadDestructionCause cause,
        Instant destroyedAt) implements SharingEvent {

    public ReleaseDestroyed {
        requireNonNull(releaseId, "releaseId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(cause, "cause");
        requireNonNull(destroyedAt, "destroyedAt");
    }
}
