package org.infoshare.consent.api;

import org.infoshare.consent.service.BreachNoticeService;

import java.util.List;

/** A queued breach notice with its merged content, for printing or sending; its read is recorded. */
public record MergedNoticeView(NoticeDispatchView dispatch, String recipient, List<String> deliverTo,
                               String subjectLine, String body) {

    static MergedNoticeView of(BreachNoticeService.Queued queued) {
        return new MergedNoticeView(NoticeDispatchView.of(queued.dispatch()), queued.content().recipient(),
                queued.content().deliverTo(), queued.content().subjectLine(), queued.content().body());
    }
}
