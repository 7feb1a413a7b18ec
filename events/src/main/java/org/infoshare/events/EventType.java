package org.infoshare.events;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.infoshare.events.access.PersonalDataAccessed;
import org.infoshare.events.audit.AuditCheckpoint;
import org.infoshare.events.audit.MisuseDismissed;
import org.infoshare.events.audit.MisuseEscalated;
import org.infoshare.events.audit.MisuseReported;
import org.infoshare.events.retention.RecordErased;
import org.infoshare.events.breach.BreachActionCompleted;
import org.infoshare.events.breach.BreachActionRecorded;
import org.infoshare.events.breach.BreachAssessed;
import org.infoshare.events.breach.BreachClosed;
import org.infoshare.events.breach.BreachEscalated;
import org.infoshare.events.breach.BreachNoticeDispatched;
import org.infoshare.events.breach.BreachNoticeRequested;
import org.infoshare.events.breach.BreachReported;
import org.infoshare.events.breach.BreachSuspected;
import org.infoshare.events.breach.IndividualsNotified;
import org.infoshare.events.consent.CapacityAssessed;
import org.infoshare.events.consent.ConsentExpired;
import org.infoshare.events.consent.ConsentGiven;
import org.infoshare.events.consent.ConsentReconfirmationRequested;
import org.infoshare.events.consent.ConsentReconfirmed;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.consent.FoiRequestLogged;
import org.infoshare.events.consent.InformationSheetPublished;
import org.infoshare.events.consent.FoiRequestHandedOver;
import org.infoshare.events.consent.LegalDisclosureHandedOver;
import org.infoshare.events.consent.PersonLinkIssued;
import org.infoshare.events.consent.PersonLinkUsed;
import org.infoshare.events.consent.SubjectAccessProgressed;
import org.infoshare.events.consent.SubjectAccessRequested;
import org.infoshare.events.consent.SubjectAccessVerified;
import org.infoshare.events.consent.SubjectRegistered;
import org.infoshare.events.sharing.GuidanceAcknowledged;
import org.infoshare.events.sharing.GuidanceNoteIssued;
import org.infoshare.events.subjectaccess.SubjectAccessPartPrepared;
import org.infoshare.events.sharing.LegalDisclosureApproved;
import org.infoshare.events.sharing.ProviderLinkIssued;
import org.infoshare.events.sharing.ProviderLinkRefused;
import org.infoshare.events.sharing.ProviderLinkUsed;
import org.infoshare.events.sharing.OnwardShareDecided;
import org.infoshare.events.sharing.OnwardShareRequested;
import org.infoshare.events.sharing.PartnerRegistered;
import org.infoshare.events.sharing.PartnerUpdated;
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
import org.infoshare.events.sharing.ShareRequested;
import org.infoshare.events.staff.PolicyAcknowledged;
import org.infoshare.events.staff.StaffRegistered;
import org.infoshare.events.staff.TrainingRecorded;

/**
 * Every event type of the platform: its kebab-case name, topic, record class and version. A
 * breaking change to a type is a new version: a new record class, a new constant and a new schema
 * file; the old version stays until no producer emits it.
 */
public enum EventType {
    CONSENT_GIVEN("consent-given", Topics.CONSENT_EVENTS, ConsentGiven.class, 1),
    CONSENT_WITHDRAWN("consent-withdrawn", Topics.CONSENT_EVENTS, ConsentWithdrawn.class, 1),
    CONSENT_RECONFIRMATION_REQUESTED("consent-reconfirmation-requested", Topics.CONSENT_EVENTS,
            ConsentReconfirmationRequested.class, 1),
    CONSENT_RECONFIRMED("consent-reconfirmed", Topics.CONSENT_EVENTS, ConsentReconfirmed.class, 1),
    CONSENT_EXPIRED("consent-expired", Topics.CONSENT_EVENTS, ConsentExpired.class, 1),
    SUBJECT_ACCESS_REQUESTED("subject-access-requested", Topics.CONSENT_EVENTS, SubjectAccessRequested.class, 1),
    SUBJECT_ACCESS_VERIFIED("subject-access-verified", Topics.CONSENT_EVENTS, SubjectAccessVerified.class, 1),
    SUBJECT_ACCESS_PROGRESSED("subject-access-progressed", Topics.CONSENT_EVENTS, SubjectAccessProgressed.class, 1),
    LEGAL_DISCLOSURE_HANDED_OVER("legal-disclosure-handed-over", Topics.CONSENT_EVENTS, LegalDisclosureHandedOver.class, 1),
    SUBJECT_REGISTERED("subject-registered", Topics.CONSENT_EVENTS, SubjectRegistered.class, 1),
    CAPACITY_ASSESSED("capacity-assessed", Topics.CONSENT_EVENTS, CapacityAssessed.class, 1),
    INFORMATION_SHEET_PUBLISHED("information-sheet-published", Topics.CONSENT_EVENTS, InformationSheetPublished.class, 1),
    FOI_REQUEST_LOGGED("foi-request-logged", Topics.CONSENT_EVENTS, FoiRequestLogged.class, 1),
    STAFF_REGISTERED("staff-registered", Topics.CONSENT_EVENTS, StaffRegistered.class, 1),
    POLICY_ACKNOWLEDGED("policy-acknowledged", Topics.CONSENT_EVENTS, PolicyAcknowledged.class, 1),
    TRAINING_RECORDED("training-recorded", Topics.CONSENT_EVENTS, TrainingRecorded.class, 1),
    FOI_REQUEST_HANDED_OVER("foi-request-handed-over", Topics.CONSENT_EVENTS, FoiRequestHandedOver.class, 1),
    PERSON_LINK_ISSUED("person-link-issued", Topics.CONSENT_EVENTS, PersonLinkIssued.class, 1),
    PERSON_LINK_USED("person-link-used", Topics.CONSENT_EVENTS, PersonLinkUsed.class, 1),
    SHARE_REQUESTED("share-requested", Topics.SHARING_EVENTS, ShareRequested.class, 1),
    SHARE_DECIDED("share-decided", Topics.SHARING_EVENTS, ShareDecided.class, 1),
    SHARE_RELEASED("share-released", Topics.SHARING_EVENTS, ShareReleased.class, 1),
    RECIPIENT_NOTIFIED("recipient-notified", Topics.SHARING_EVENTS, RecipientNotified.class, 1),
    RECIPIENT_ACKNOWLEDGED("recipient-acknowledged", Topics.SHARING_EVENTS, RecipientAcknowledged.class, 1),
    SAFEGUARDING_REFERRED("safeguarding-referred", Topics.SHARING_EVENTS, SafeguardingReferred.class, 1),
    SAFEGUARDING_REFERRAL_PROGRESSED("safeguarding-referral-progressed", Topics.SHARING_EVENTS,
            SafeguardingReferralProgressed.class, 1),
    PROTOCOL_CONFLICT_DECLARED("protocol-conflict-declared", Topics.SHARING_EVENTS, ProtocolConflictDeclared.class, 1),
    RELEASE_DELIVERED("release-delivered", Topics.SHARING_EVENTS, ReleaseDelivered.class, 1),
    RELEASE_DESTROYED("release-destroyed", Topics.SHARING_EVENTS, ReleaseDestroyed.class, 1),
    LEGAL_DISCLOSURE_APPROVED("legal-disclosure-approved", Topics.SHARING_EVENTS, LegalDisclosureApproved.class, 1),
    PARTNER_REGISTERED("partner-registered", Topics.SHARING_EVENTS, PartnerRegistered.class, 1),
    PARTNER_UPDATED("partner-updated", Topics.SHARING_EVENTS, PartnerUpdated.class, 1),
    PROTOCOL_CHANGED("protocol-changed", Topics.SHARING_EVENTS, ProtocolChanged.class, 1),
    PROTOCOL_ATTESTED("protocol-attested", Topics.SHARING_EVENTS, ProtocolAttested.class, 1),
    PROTOCOL_CONFLICT_RESOLVED("protocol-conflict-resolved", Topics.SHARING_EVENTS, ProtocolConflictResolved.class, 1),
    GUIDANCE_NOTE_ISSUED("guidance-note-issued", Topics.SHARING_EVENTS, GuidanceNoteIssued.class, 1),
    GUIDANCE_ACKNOWLEDGED("guidance-acknowledged", Topics.SHARING_EVENTS, GuidanceAcknowledged.class, 1),
    ONWARD_SHARE_REQUESTED("onward-share-requested", Topics.SHARING_EVENTS, OnwardShareRequested.class, 1),
    ONWARD_SHARE_DECIDED("onward-share-decided", Topics.SHARING_EVENTS, OnwardShareDecided.class, 1),
    PROVIDER_LINK_ISSUED("provider-link-issued", Topics.SHARING_EVENTS, ProviderLinkIssued.class, 1),
    PROVIDER_LINK_USED("provider-link-used", Topics.SHARING_EVENTS, ProviderLinkUsed.class, 1),
    PROVIDER_LINK_REFUSED("provider-link-refused", Topics.SHARING_EVENTS, ProviderLinkRefused.class, 1),
    BREACH_SUSPECTED("breach-suspected", Topics.BREACH_EVENTS, BreachSuspected.class, 1),
    BREACH_ASSESSED("breach-assessed", Topics.BREACH_EVENTS, BreachAssessed.class, 1),
    BREACH_REPORTED("breach-reported", Topics.BREACH_EVENTS, BreachReported.class, 1),
    BREACH_NOTICE_REQUESTED("breach-notice-requested", Topics.BREACH_EVENTS, BreachNoticeRequested.class, 1),
    BREACH_NOTICE_DISPATCHED("breach-notice-dispatched", Topics.BREACH_EVENTS, BreachNoticeDispatched.class, 1),
    INDIVIDUALS_NOTIFIED("individuals-notified", Topics.BREACH_EVENTS, IndividualsNotified.class, 1),
    BREACH_CLOSED("breach-closed", Topics.BREACH_EVENTS, BreachClosed.class, 1),
    BREACH_ACTION_RECORDED("breach-action-recorded", Topics.BREACH_EVENTS, BreachActionRecorded.class, 1),
    BREACH_ACTION_COMPLETED("breach-action-completed", Topics.BREACH_EVENTS, BreachActionCompleted.class, 1),
    BREACH_ESCALATED("breach-escalated", Topics.BREACH_EVENTS, BreachEscalated.class, 1),
    MISUSE_REPORTED("misuse-reported", Topics.BREACH_EVENTS, MisuseReported.class, 1),
    MISUSE_DISMISSED("misuse-dismissed", Topics.BREACH_EVENTS, MisuseDismissed.class, 1),
    MISUSE_ESCALATED("misuse-escalated", Topics.BREACH_EVENTS, MisuseEscalated.class, 1),
    PERSONAL_DATA_ACCESSED("personal-data-accessed", Topics.PERSONAL_DATA_ACCESSED, PersonalDataAccessed.class, 1),
    AUDIT_CHECKPOINT("audit-checkpoint", Topics.AUDIT_CHECKPOINTS, AuditCheckpoint.class, 1),
    RECORD_ERASED("record-erased", Topics.RETENTION_EVENTS, RecordErased.class, 1),
    SUBJECT_ACCESS_PART_PREPARED("subject-access-part-prepared", Topics.SUBJECT_ACCESS_PARTS,
            SubjectAccessPartPrepared.class, 1);

    private static final String CLOUD_EVENT_TYPE_PREFIX = "org.infoshare.";

    private static final Map<Class<?>, EventType> BY_CLASS = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::recordClass, Function.identity()));
    private static final Map<String, EventType> BY_TYPE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::typeName, Function.identity()));
    private static final Map<String, EventType> BY_CLOUD_EVENT_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::cloudEventType, Function.identity()));

    private final String typeName;
    private final String topic;
    private final Class<? extends DomainEvent> recordClass;
    private final int version;

    EventType(String typeName, String topic, Class<? extends DomainEvent> recordClass, int version) {
        this.typeName = typeName;
        this.topic = topic;
        this.recordClass = recordClass;
        this.version = version;
    }

    /** @return the kebab-case type name, e.g. {@code consent-given} */
    public String typeName() {
        return typeName;
    }

    /** @return the Kafka topic the type is published on */
    public String topic() {
        return topic;
    }

    /** @return the record class carrying the event's data */
    public Class<? extends DomainEvent> recordClass() {
        return recordClass;
    }

    /** @return the version of the type's data contract */
    public int version() {
        return version;
    }

    /** @return the CloudEvents {@code type} attribute, e.g. {@code org.infoshare.consent-given.v1} */
    public String cloudEventType() {
        return CLOUD_EVENT_TYPE_PREFIX + typeName + ".v" + version;
    }

    /** @return the CloudEvents {@code dataschema} attribute, also the schema's {@code $id} */
    public URI dataSchema() {
        return URI.create("urn:infoshare:schema:" + typeName + ":v" + version);
    }

    /** @return the class path resource holding the JSON Schema of the data, e.g. {@code /schemas/consent-given/v1.json} */
    public String schemaResource() {
        return "/schemas/" + typeName + "/v" + version + ".json";
    }

    /**
     * @param recordClass an event record class
     * @return its event type
     * @throws IllegalArgumentException if the class is not a registered event record
     */
    public static EventType of(Class<? extends DomainEvent> recordClass) {
        EventType type = BY_CLASS.get(Objects.requireNonNull(recordClass, "recordClass"));
        if (type == null) {
            throw new IllegalArgumentException("not a registered event record: " + recordClass.getName());
        }
        return type;
    }

    /**
     * @param typeName a kebab-case type name, e.g. {@code consent-given}
     * @return the event type
     * @throws IllegalArgumentException if no type has that name
     */
    public static EventType fromTypeName(String typeName) {
        EventType type = BY_TYPE_NAME.get(Objects.requireNonNull(typeName, "typeName"));
        if (type == null) {
            throw new IllegalArgumentException("unknown event type name: " + typeName);
        }
        return type;
    }

    /**
     * @param cloudEventType a CloudEvents {@code type} attribute, e.g. {@code org.infoshare.consent-given.v1}
     * @return the event type
     * @throws IllegalArgumentException if no type has that CloudEvents type
     */
    public static EventType fromCloudEventType(String cloudEventType) {
        EventType type = BY_CLOUD_EVENT_TYPE.get(Objects.requireNonNull(cloudEventType, "cloudEventType"));
        if (type == null) {
            throw new IllegalArgumentException("unknown CloudEvents type: " + cloudEventType);
        }
        return type;
    }
}
