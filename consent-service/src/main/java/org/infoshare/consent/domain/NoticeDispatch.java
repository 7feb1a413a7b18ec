package org.infoshare.consent.domain;

import org.infoshare.events.vocabulary.NoticeChannel;
import org.infoshare.events.vocabulary.NoticeDispatchFailure;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of the breach notice dispatch queue (P14.3), without its content: which notice, for
 * whom (subject id), by which channel, or why it could not be sent. The merged content stays
 * encrypted beside it and is read only with a purpose.
 */
public record NoticeDispatch(UUID noticeId, UUID breachId, String subjectId, Status status,
                             Optional<NoticeChannel> channel, Optional<NoticeDispatchFailure> failureReason,
                             Instant requestedAt, Instant dispatchedAt) {

    /** QUEUED: merged and handed to the print/mail channel; FAILED: nothing to send it to. */
    public enum Status { QUEUED, FAILED }

    public NoticeDispatch {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(breachId, "breachId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(failureReason, "failureReason");
    }

    public static NoticeDispatch queued(UUID noticeId, UUID breachId, String subjectId, NoticeChannel channel,
                                        Instant requestedAt, Instant at) {
        return new NoticeDispatch(noticeId, breachId, subjectId, Status.QUEUED, Optional.of(channel), Optional.empty(),
                requestedAt, at);
    }

    public static NoticeDispatch failed(UUID noticeId, UUID breachId, String subjectId, NoticeDispatchFailure reason,
                                        Instant requestedAt, Instant at) {
        return new NoticeDispatch(noticeId, breachId, subjectId, Status.FAILED, Optional.empty(), Optional.of(reason),
                requestedAt, at);
    }
}
