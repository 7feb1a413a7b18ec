package org.infoshare.consent.api;

import org.infoshare.consent.domain.DataSubject;
import org.infoshare.consent.domain.Identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A person's identifiers as staff see them after giving a purpose; every such view is recorded. */
public record SubjectView(String subjectId, String givenName, String familyName, String email, String phone,
                          LocalDate dateOfBirth, List<String> addressLines, String town, String postcode,
                          String capacity, Instant capacityAssessedAt) {

    static SubjectView of(DataSubject subject) {
        Identity identity = subject.identity();
        return new SubjectView(subject.subjectId(), identity.givenName(), identity.familyName(),
                identity.email().orElse(null), identity.phone().orElse(null), identity.dateOfBirth().orElse(null),
                identity.address().map(Identity.Address::lines).orElse(null),
                identity.address().map(Identity.Address::town).orElse(null),
                identity.address().map(Identity.Address::postcode).orElse(null),
                subject.capacity().status().name(), subject.capacity().assessedAt());
    }
}
