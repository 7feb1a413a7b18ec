package org.infoshare.consent.domain;

import org.infoshare.events.vocabulary.ContactChannel;

import java.time.Instant;
import java.util.List;

/**
 * A person's withdrawal of consent (P6.8), by any channel: the whole consent, or some purposes or
 * some recipients. Recorded with who took it and how.
 */
public record Withdrawal(boolean whole, List<String> purposes, List<String> recipientPartnerIds,
                         List<String> recipientPartnerKinds, ContactChannel channel, String recordedBy,
                         Instant withdrawnAt, String notes) {

    public Withdrawal {
        purposes = List.copyOf(purposes);
        recipientPartnerIds = List.copyOf(recipientPartnerIds);
        recipientPartnerKinds = List.copyOf(recipientPartnerKinds);
    }
}
