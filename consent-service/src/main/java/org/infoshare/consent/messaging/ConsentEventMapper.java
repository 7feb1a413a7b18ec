package org.infoshare.consent.messaging;

import org.infoshare.consent.domain.PersonalDataRead;
import org.infoshare.consent.domain.SubjectAccessRequest;
import org.infoshare.events.access.PersonalDataAccessed;
import org.infoshare.events.consent.SubjectAccessRequested;
import org.infoshare.events.vocabulary.ContactChannel;

import java.time.Instant;
import java.util.UUID;

/** Translates consent-service's domain into the shared event contract. */
public final class ConsentEventMapper {

    private static final String SERVICE = "consent-service";

    private ConsentEventMapper() {
    }

    public static SubjectAccessRequested subjectAccessRequested(SubjectAccessRequest request) {
        return new SubjectAccessRequested(request.id(), request.subjectId(),
                ContactChannel.valueOf(request.channel().name()), request.receivedAt(), request.dueDate());
    }

    public static PersonalDataAccessed accessed(PersonalDataRead read, Instant at) {
        return new PersonalDataAccessed(UUID.randomUUID(), read.subjectId(), SERVICE, read.actorId(), read.actorRole(),
                null, read.purpose(), read.resource(), at);
    }
}
