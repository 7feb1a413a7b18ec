package org.infoshare.consent.api;

import org.infoshare.consent.domain.NoticeDispatch;

import java.time.Instant;
import java.util.UUID;

/** A dispatch queue entry as listed: who (subject id), how, or why not; never the content. */
public record NoticeDispatchView(UUID noticeId, UUID breachId, String subjectId, String status, String channel,
                                 String failureReason, Instant requestedAt, Instant dispatchedAt) {

    static NoticeDispatchView of(NoticeDispatch d) {
        return new NoticeDispatchView(d.noticeId(), d.breachId(), d.subjectId(), d.status().name(),
                d.channel().map(Enum::name).orElse(null), d.failureReason().map(Enum::name).orElse(null),
                d.requestedAt(), d.dispatchedAt());
    }
}
