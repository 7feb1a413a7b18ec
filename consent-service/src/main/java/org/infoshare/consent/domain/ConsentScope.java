package org.infoshare.consent.domain;

import java.util.List;

/** What a consent covers (P6.5): purposes, data categories, and recipients by name or by kind. */
public record ConsentScope(List<String> purposes, List<String> dataCategories, List<String> recipientPartnerIds,
                           List<String> recipientPartnerKinds) {

    public ConsentScope {
        purposes = List.copyOf(purposes);
        dataCategories = List.copyOf(dataCategories);
        recipientPartnerIds = List.copyOf(recipientPartnerIds);
        recipientPartnerKinds = List.copyOf(recipientPartnerKinds);
    }

    public boolean hasRecipients() {
        return !recipientPartnerIds.isEmpty() || !recipientPartnerKinds.isEmpty();
    }
}
