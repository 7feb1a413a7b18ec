package org.infoshare.sharing.domain;

import org.infoshare.events.retention.RecordErased;
import org.infoshare.events.sharing.GuidanceAcknowledged;
import org.infoshare.events.sharing.GuidanceNoteIssued;
import org.infoshare.events.sharing.LegalDisclosureApproved;
import org.infoshare.events.sharing.OnwardShareDecided;
import org.infoshare.events.sharing.OnwardShareRequested;
import org.infoshare.events.sharing.PartnerRegistered;
import org.infoshare.events.sharing.PartnerUpdated;
import org.infoshare.events.sharing.ProviderLinkIssued;
import org.infoshare.events.sharing.ProviderLinkRefused;
import org.infoshare.events.sharing.ProviderLinkUsed;
import org.infoshare.events.sharing.ProtocolAttested;
import org.infoshare.events.sharing.ProtocolChanged;
import org.infoshare.events.sharing.ProtocolConflictDeclared;
import org.infoshare.events.sharing.ProtocolConflictResolved;
import org.infoshare.events.sharing.RecipientAcknowledged;
import org.infoshare.events.sharing.RecipientNotified;
import org.infoshare.events.sharing.ReleaseDelivered;
import org.infoshare.events.sharing.ReleaseDestroyed;
import org.infoshare.events.sharing.SafeguardingReferralProgressed;
import org.infoshare.events.sharing.SafeguardingReferred;
import org.infoshare.events.sharing.ShareDecided;
import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.events.vocabulary.ErasureAction;
import org.infoshare.events.vocabulary.NotificationCause;
import org.infoshare.events.vocabulary.PayloadDestructionCause;
import org.infoshare.events.sharing.ShareRequested;
import org.infoshare.events.vocabulary.SafeguardingCategory;
import org.infoshare.events.vocabulary.SafeguardingReferralStep;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Translates sharing-service's domain into the shared event contract. */
public final class SharingEventMapper {

    private static final String SERVICE = "sharing-service";

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

    /** X1: the partner as registered; its name and webhook secret stay in the registry. */
    public static PartnerRegistered partnerRegistered(Partner p, String by) {
        return new PartnerRegistered(p.id(), p.kind().name(), p.smallProviderKind().map(Enum::name).orElse(null),
                p.purposes(), p.webhookUrl().isPresent(), routes(p), by, p.updatedAt());
    }

    /** X1: the partner as it stands after the DPO's change. */
    public static PartnerUpdated partnerUpdated(Partner p, String by) {
        return new PartnerUpdated(p.id(), p.kind().name(), p.smallProviderKind().map(Enum::name).orElse(null),
                p.purposes(), p.webhookUrl().isPresent(), routes(p), by, p.updatedAt());
    }

    private static List<String> routes(Partner p) {
        return p.safeguardingRoutes().stream().map(Enum::name).toList();
    }

    /** X1: a protocol drafted ({@code before} empty) or moved from one status to another. */
    public static ProtocolChanged protocolChanged(Protocol after, Optional<ProtocolStatus> before, String by) {
        return new ProtocolChanged(after.id(), after.partnerId(), after.purpose(), after.status().name(),
                before.map(Enum::name).orElse(null), after.reviewDate(), by, after.updatedAt());
    }

    /** X1: the statement stays here. */
    public static ProtocolAttested attested(Attestation a) {
        return new ProtocolAttested(a.id(), a.protocolId(), a.partnerId(), a.securityMeasuresMet(), a.staffInformed(),
                a.attestedBy(), a.attestedAt());
    }

    /** X1: the DPO's written reasons stay here. */
    public static ProtocolConflictResolved conflictResolved(ConflictDeclaration resolved, ProtocolStatus protocolStatus) {
        ConflictDeclaration.Resolution r = resolved.resolution().orElseThrow();
        return new ProtocolConflictResolved(resolved.id(), resolved.protocolId(), resolved.partnerId(),
                r.outcome().name(), protocolStatus.name(), r.resolvedBy(), r.resolvedAt());
    }

    public static GuidanceNoteIssued guidanceIssued(GuidanceNote note, String by) {
        return new GuidanceNoteIssued(note.id(), note.smallProviderKind().name(), note.version(), note.purposes(),
                note.dataCategories(), by, note.publishedAt());
    }

    public static GuidanceAcknowledged guidanceAcknowledged(GuidanceNote note, String partnerId, String by, Instant at) {
        return new GuidanceAcknowledged(note.id(), partnerId, note.smallProviderKind().name(), note.version(), by, at);
    }

    /** X1 (P10.1): the justification stays here. */
    public static OnwardShareRequested onwardRequested(OnwardRequest r, Optional<String> subjectId) {
        return new OnwardShareRequested(r.id(), r.releaseId(), subjectId.orElse(null), r.requestingPartnerId(),
                r.recipientPartnerId(), r.purpose(), r.requestedBy(), r.requestedAt());
    }

    /** X1 (P10.1): the DPO's justification stays here. */
    public static OnwardShareDecided onwardDecided(OnwardRequest r, Optional<String> subjectId) {
        return new OnwardShareDecided(r.id(), r.releaseId(), subjectId.orElse(null), r.requestingPartnerId(),
                r.recipientPartnerId(), r.purpose(), r.status() == OnwardRequest.Status.APPROVED,
                r.childReleaseId().orElse(null), r.decidedBy().orElseThrow(), r.decidedAt().orElseThrow());
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

    /** P13.1: a record retention removed, as the audit trail's proof (ids only, never what it held). */
    public static RecordErased erased(ErasedRecord record, Period retentionPeriod, Instant at) {
        return new RecordErased(SERVICE, record.kind().configName(), record.recordId(), record.subjectId(),
                ErasureAction.valueOf(record.action().name()), retentionPeriod.toString(), at);
    }

    /** Issue 13 item 4b: never the token. */
    public static ProviderLinkIssued linkIssued(ProviderLink link) {
        return new ProviderLinkIssued(link.id(), link.purpose().name(), link.targetId(), link.partnerId(),
                link.issuedAt(), link.expiresAt());
    }

    public static ProviderLinkUsed linkUsed(ProviderLink link, String by, Instant at) {
        return new ProviderLinkUsed(link.id(), link.purpose().name(), link.targetId(), link.partnerId(), by, at);
    }

    public static ProviderLinkRefused linkRefused(ProviderLink link, ProviderLinkPurpose attempted,
                                                  ProviderLink.Refusal reason, String by, Instant at) {
        return new ProviderLinkRefused(link.id(), link.purpose().name(), attempted.name(), link.targetId(),
                link.partnerId(), reason.name(), by, at);
    }
}
