package org.infoshare.events.consent;

import org.infoshare.events.DomainEvent;

/** An event on the {@code consent-events} topic, keyed by subjectId. */
public sealed interface ConsentEvent extends DomainEvent
        permits ConsentGiven, ConsentWithdrawn, ConsentReconfirmationRequested, ConsentReconfirmed,
                ConsentExpired, SubjectAccessRequested, LegalDisclosureHandedOver,
                FoiRequestHandedOver {

    /** @return the pseudonymous data subject id; null for an FOI hand-over, which concerns no person */
    String subjectId();

    @Override
    default String partitionKey() {
        return subjectId();
    }
}
