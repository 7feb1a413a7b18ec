package org.infoshare.events.sharing;

import org.infoshare.events.DomainEvent;

/**
 * An event on the {@code sharing-events} topic, keyed by subjectId, or by partnerId when there is no
 * subject.
 */
public sealed interface SharingEvent extends DomainEvent
        permits ShareRequested, ShareDecided, ShareReleased, RecipientNotified, RecipientAcknowledged,
                SafeguardingReferred, SafeguardingReferralProgressed, ProtocolConflictDeclared, ReleaseDelivered,
                ReleaseDestroyed, LegalDisclosureApproved, PartnerRegistered, PartnerUpdated, ProtocolChanged,
                ProtocolAttested, ProtocolConflictResolved, GuidanceNoteIssued, GuidanceAcknowledged,
                OnwardShareRequested, OnwardShareDecided, ProviderLinkIssued, ProviderLinkUsed, ProviderLinkRefused {

    /** @return the pseudonymous data subject id; null for aggregate (non-personal) shares */
    String subjectId();

    /** @return the partner concerned; null only for what is addressed to a kind of partner (guidance notes) */
    String partnerId();

    @Override
    default String partitionKey() {
        return subjectId() != null ? subjectId() : partnerId();
    }
}
