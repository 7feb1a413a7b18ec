package org.infoshare.events.breach;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Nullable;
import org.infoshare.events.vocabulary.NoticeChannel;

/**
 * Emitted by breach-service when it prepares the notice to one affected individual of a high-risk
 * breach (P14.3), asking consent-service, which alone can reach the person (from its encrypted
 * vault), to merge and send it.
 *
 * @param breachId The breach.
 * @param noticeId The notice.
 * @param subjectId Pseudonymous data subject id.
 * @param advice Generic advice on what to do and on the person's rights; never names anyone.
 * @param supportOffered Generic text on the support offered.
 * @param preferredChannel Channel the DPO prefers, if any; consent-service falls back to what it holds.
 * @param requestedAt When the notice was prepared.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BreachNoticeRequested(
        UUID breachId,
        UUID noticeId,
        String subjectId,
        String advice,
        String supportOffered,
        @Nullable NoticeChannel preferredChannel,
        Instant requestedAt) implements BreachEvent {

    public BreachNoticeRequested {
        requireNonNull(breachId, "breachId");
        requireNonNull(noticeId, "noticeId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(advice, "advice");
        requireNonNull(supportOffered, "supportOffered");
        requireNonNull(requestedAt, "requestedAt");
    }
}
