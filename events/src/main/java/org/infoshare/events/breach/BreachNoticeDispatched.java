package org.infoshare.events.breach;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Nullable;
import org.infoshare.events.vocabulary.NoticeChannel;
import org.infoshare.events.vocabulary.NoticeDispatchFailure;

/**
 * Emitted by consent-service when it has merged a breach notice with the person's contact details
 * inside its vault and queued it for the post or e-mail (P14.3), or could not. Exactly one of
 * {@code channel} and {@code failureReason} is set; use {@link #sent} and {@link #failed}.
 *
 * @param breachId The breach.
 * @param noticeId The notice.
 * @param subjectId Pseudonymous data subject id.
 * @param channel How the notice goes out; null when it could not be dispatched.
 * @param failureReason Why it could not be dispatched; null when it was.
 * @param dispatchedAt When it was queued for sending, or found undeliverable.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BreachNoticeDispatched(
        UUID breachId,
        UUID noticeId,
        String subjectId,
        @Nullable NoticeChannel channel,
        @Nullable NoticeDispatchFailure failureReason,
        Instant dispatchedAt) implements BreachEvent {

    public BreachNoticeDispatched {
        requireNonNull(breachId, "breachId");
        requireNonNull(noticeId, "noticeId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(dispatchedAt, "dispatchedAt");
    }

    public static BreachNoticeDispatched sent(UUID breachId, UUID noticeId, String subjectId, NoticeChannel channel,
                                              Instant at) {
        return new BreachNoticeDispatched(breachId, noticeId, subjectId, requireNonNull(channel, "channel"), null, at);
    }

    public static BreachNoticeDispatched failed(UUID breachId, UUID noticeId, String subjectId,
                                                NoticeDispatchFailure reason, Instant at) {
        return new BreachNoticeDispatched(breachId, noticeId, subjectId, null, requireNonNull(reason, "reason"), at);
    }
}
