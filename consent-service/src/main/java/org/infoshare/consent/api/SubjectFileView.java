package org.infoshare.consent.api;

import org.infoshare.consent.domain.SubjectFile;

import java.util.List;

/** consent-service's part of a subject access answer, as JSON. */
public record SubjectFileView(SubjectView subject, List<ConsentView> consents,
                              List<SubjectAccessRequestView> subjectAccessRequests) {

    static SubjectFileView of(SubjectFile file) {
        return new SubjectFileView(SubjectView.of(file.subject()), file.consents().stream().map(ConsentView::of).toList(),
                file.requests().stream().map(SubjectAccessRequestView::of).toList());
    }
}
