package org.infoshare.consent.messaging;

import org.infoshare.consent.domain.SubjectAccessRequest;
import org.infoshare.events.consent.SubjectAccessRequested;
import org.infoshare.events.vocabulary.ContactChannel;

/** Translates consent-service's domain into the shared event contract. */
public final class ConsentEventMapper {

    private ConsentEventMapper() {
    }

    public static SubjectAccessRequested subjectAccessRequested(SubjectAccessRequest request) {
        return new SubjectAccessRequested(request.id(), request.subjectId(),
                ContactChannel.valueOf(request.channel().name()), request.receivedAt(), request.dueDate());
    }
}
