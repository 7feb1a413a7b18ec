package org.infoshare.consent.api;

import org.infoshare.consent.domain.SubjectAccessAnswer;
import org.infoshare.consent.domain.SubjectAccessAnswerState;
import org.infoshare.consent.domain.SubjectAccessPart;
import org.infoshare.events.subjectaccess.SubjectAccessItem;

import java.time.Instant;
import java.util.List;

/**
 * The assembled subject access answer as the DPO reads it (P12.2): the request, consent-service's
 * own part, each other service's part with its completeness and when it arrived, which parts are
 * missing, and the review, release and escalation.
 */
public record SubjectAccessAnswerView(SubjectAccessRequestView request, SubjectFileView consent, List<PartView> parts,
                                      List<String> missingParts, boolean complete, Stamp reviewed, Stamp released,
                                      Escalation escalated) {

    /** One service's part: its pseudonymous records as they arrived. */
    public record PartView(String service, String completeness, int omittedRecords, Instant preparedAt,
                           Instant receivedAt, List<SubjectAccessItem> records) {
    }

    public record Stamp(String by, Instant at) {
    }

    public record Escalation(Instant at, List<String> missingParts) {
    }

    static SubjectAccessAnswerView of(SubjectAccessAnswer answer) {
        SubjectAccessAnswerState state = answer.state();
        List<String> missing = answer.missingParts();
        return new SubjectAccessAnswerView(SubjectAccessRequestView.of(answer.request()),
                SubjectFileView.of(answer.consentPart()),
                answer.parts().stream().map(SubjectAccessAnswerView::part).toList(), missing,
                missing.isEmpty() && answer.parts().stream().allMatch(p -> p.omittedRecords() == 0),
                state.reviewed().map(s -> new Stamp(s.by(), s.at())).orElse(null),
                state.released().map(s -> new Stamp(s.by(), s.at())).orElse(null),
                state.escalated().map(e -> new Escalation(e.at(), e.missingParts())).orElse(null));
    }

    private static PartView part(SubjectAccessPart p) {
        return new PartView(p.service(), p.completeness().name(), p.omittedRecords(), p.preparedAt(), p.receivedAt(),
                p.records());
    }
}
