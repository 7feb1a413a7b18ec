package org.infoshare.sharing.domain;

import org.infoshare.events.sharing.LegalDisclosureApproved;
import org.infoshare.events.sharing.ProtocolConflictDeclared;
import org.infoshare.events.sharing.RecipientAcknowledged;
import org.infoshare.events.sharing.RecipientNotified;
import org.infoshare.events.sharing.ReleaseDelivered;
import org.infoshare.events.sharing.ReleaseDestroyed;
import org.infoshare.events.sharing.SafeguardingReferralProgressed;
import org.infoshare.events.sharing.SafeguardingReferred;
import org.infoshare.events.sharing.ShareDecided;
import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.events.vocabulary.NotificationCause;
import org.infoshare.events.vocabulary.PayloadDestructionCause;
import org.infoshare.events.sharing.ShareRequested;
import org.infoshare.events.vocabulary.SafeguardingCategory;
import org.infoshare.events.vocabulary.SafeguardingReferralStep;

import java.time.Instant;
import java.util.UUID;

/** Translates sharing-service's domain into the shared event contract. */
public final class SharingEventMapper {

    private SharingEventMapper() {
    }

    /**
     * {@code dpoNotified} is true exactly when the referral, as stored with this event in one
     * transaction, is on the DPO's list (dpo-inbox): the event exists only if the listing committed.
     */
    public static SafeguardingReferred referred(SafeguardingReferral referral) {
        return new SafeguardingReferred(referral.id(), referral.subjectId(), referral.safeguardingTeam(),
                SafeguardingCategory.valueOf(referral.category().name()), referral.referredBy(),
                referral.referredAt(), referral.onDpoList());
    }

    /** Never the account of the concern: the event names the referral, the person's id and the team. */
    public static SafeguardingReferralProgressed progressed(SafeguardingReferral referral, SafeguardingReferralStep step,
                                                            String actorId, Instant at) {
        return new SafeguardingReferralProgressed(referral.id(), referral.subjectId(), referral.safeguardingTeam(),
                step, actorId, at);
    }

    /** The step a recorded delivery outcome announces. */
    public static SafeguardingReferralStep deliveryStep(RecipientNotification.DeliveryState state) {
        return switch (state) {
            case DELIVERED -> SafeguardingReferralStep.DELIVERED;
            case FAILED -> SafeguardingReferralStep.DELIVERY_FAILED;
            case POLL_ONLY -> SafeguardingReferralStep.LEFT_TO_POLLING;
            case PENDING -> throw new IllegalArgumentException("a pending delivery has no outcome yet");
        };
    }

    /** Asks consent-service for the disclosure package; no identifier of the person, only the subject id. */
    public static LegalDisclosureApproved legalDisclosureApproved(LegalDisclosure d) {
        return new LegalDisclosureApproved(d.id(), d.subjectId(), d.recipientKind(), d.recipientOrganisation(),
                d.orderReference(), d.identifiable(), d.tellSubject(), d.notToldReason().orElse(null), d.decidedBy(),
                d.decidedAt());
    }

    public static ShareRequested requested(ShareRequest r) {
        return new ShareRequested(r.id(), r.subjectId().orElse(null), r.partnerId(), r.purpose(), r.dataCategories(),
                r.identifiable(), r.basis(), r.consentId().orElse(null), r.requestedBy(), r.requestedAt(), r.contractId());
    }

    /** Reasons are rule ids only: the findings' explanations stay in sharing-service. */
    public static ShareDecided decided(DecidedShare share) {
        ShareRequest r = share.request();
        return new ShareDecided(r.id(), r.subjectId().orElse(null), r.partnerId(), r.consentId().orElse(null),
                share.outcome(), share.reasons(), share.decidedBy(), share.decidedAt());
    }

    /** The organisation's subject id, not the recipient's pseudonym: breach tracing needs the one id. */
    public static ShareReleased released(Release release) {
        return new ShareReleased(release.id(), release.shareRequestId(), release.subjectId().orElse(null),
                release.partnerId(), release.parentReleaseId().orElse(null), release.purposes(),
                release.dataCategories(), release.sensitivity(), release.channel(), release.releasedAt());
    }

    public static RecipientNotified notified(UUID notificationId, UUID releaseId, String subjectId, String partnerId,
                                             UUID consentId, Instant withdrawnAt, Instant notifiedAt) {
        return new RecipientNotified(notificationId, releaseId, subjectId, partnerId, consentId,
                NotificationCause.CONSENT_WITHDRAWN, withdrawnAt, notifiedAt);
    }

    public static RecipientAcknowledged acknowledged(RecipientNotification notification, Instant at) {
        var answer = notification.answer().orElseThrow();
        return new RecipientAcknowledged(notification.id(), notification.releaseId(), notification.subjectId(),
                notification.partnerId(), answer.response(),
                answer.lawfulCondition().map(LawfulCondition::label).orElse(null), at,
                answer.lawfulCondition().map(LawfulCondition::article6).orElse(null),
                answer.lawfulCondition().flatMap(LawfulCondition::article9).orElse(null));
    }

    /** The description stays here; the event names the protocol, the partner and the law. */
    public static ProtocolConflictDeclared conflictDeclared(ConflictDeclaration declaration, String purpose) {
        return new ProtocolConflictDeclared(declaration.id(), declaration.protocolId(), declaration.partnerId(),
                purpose, declaration.legalBasis(), declaration.declaredAt());
    }

    /** P11.1: a release first reached its recipient; {@code by} is an opaque actor id. */
    public static ReleaseDelivered delivered(Release release, String by, Instant at) {
        return new ReleaseDelivered(release.id(), release.subjectId().orElse(null), release.partnerId(),
                release.channel(), by, at);
    }

    /** P11.1: a release's payload was destroyed; the record stays. */
    public static ReleaseDestroyed destroyed(UUID releaseId, String subjectId, String partnerId,
                                             PayloadDestructionCause cause, Instant at) {
        return new ReleaseDestroyed(releaseId, subjectId, partnerId, cause, at);
    }
}
