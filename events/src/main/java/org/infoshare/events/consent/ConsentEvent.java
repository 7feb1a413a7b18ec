package org.infoshare.events.consent;

import org.infoshare.events.DomainEvent;

/**
 * An event on the {@code consent-events} topic, keyed by subjectId; the few about no person
 * (information sheets, FOI requests) answer a null subjectId and are keyed by their own record.
 */
public sealed interface ConsentEvent extends DomainEvent
        permits ConsentGiven, ConsentWithdrawn, ConsentReconfirmationRequested, ConsentReconfirmed,
                ConsentExpired, SubjectAccessRequested, SubjectAccessVerified, SubjectAccessProgressed,
                LegalDisclosureHandedOver, SubjectRegistered, CapacityAssessed, InformationSheetPublished,
                FoiRequestLogged, FoiRequestHandedOver, PersonLinkIssued, PersonLinkUsed {

    /** @return the pseudonymous data subject id; null for an event about no person */
    String subjectId();

    @Override
    default String partitionKey() {
        return subjectId();
    }
}
