package org.infoshare.events.breach;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.vocabulary.NoticeChannel;

/**
 * Emitted by breach-service when one affected individual is told about a high-risk breach (P14.3).
 *
 * @param breachId The breach.
 * @param noticeId The notice.
 * @param subjectId Pseudonymous data subject id.
 * @param channel How the person was told.
 * @param notifiedAt When the person was told.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IndividualsNotified(
        UUID breachId,
        UUID noticeId,
        String subjectId,
        NoticeChannel channel,
        Instant notifiedAt) implements BreachEvent {

    public IndividualsNotified {
        requireNonNull(breachId, "breachId");
        requireNonNull(noticeId, "noticeId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(channel, "channel");
        requireNonNull(notifiedAt, "notifiedAt");
    }
}
