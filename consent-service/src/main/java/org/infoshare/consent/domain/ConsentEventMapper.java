package org.infoshare.consent.domain;

import org.infoshare.events.consent.PersonLinkIssued;
import org.infoshare.events.consent.PersonLinkUsed;
import org.infoshare.events.vocabulary.NoticeChannel;
import org.infoshare.events.vocabulary.PersonLinkUse;

import org.infoshare.events.access.PersonalDataAccessed;
import org.infoshare.events.breach.BreachNoticeDispatched;
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
import org.infoshare.events.consent.SubjectAccessProgressed;
import org.infoshare.events.consent.SubjectAccessRequested;
import org.infoshare.events.consent.SubjectAccessVerified;
import org.infoshare.events.vocabulary.SubjectAccessStep;
import org.infoshare.events.consent.SubjectRegistered;
import org.infoshare.events.vocabulary.ReconfirmationReason;
import org.infoshare.events.retention.RecordErased;
import org.infoshare.events.staff.PolicyAcknowledged;
import org.infoshare.events.staff.StaffRegistered;
import org.infoshare.events.staff.TrainingRecorded;
import org.infoshare.events.vocabulary.ContactChannel;
import org.infoshare.events.vocabulary.ErasureAction;

import java.time.Instant;
import java.time.Period;
import java.util.List;
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

    /** P12.2: once per request, when the requester's identity is first verified: every other service prepares its part. */
    public static SubjectAccessVerified subjectAccessVerified(SubjectAccessRequest request) {
        return new SubjectAccessVerified(request.id(), request.subjectId(),
                request.identity().orElseThrow().verifiedAt(), request.dueDate());
    }

    public static SubjectAccessProgressed subjectAccessProgressed(SubjectAccessRequest request, SubjectAccessStep step,
                                                                  Instant at, List<String> missingParts) {
        return new SubjectAccessProgressed(request.id(), request.subjectId(), step, at, request.dueDate(), missingParts);
    }

    public static PersonalDataAccessed accessed(PersonalDataRead read, Instant at) {
        return new PersonalDataAccessed(UUID.randomUUID(), read.subjectId(), SERVICE, read.actorId(), read.actorRole(),
                null, read.purpose(), read.resource(), at);
    }

    /** The hand-over of a legal-duty disclosure (P2.1): the channel and who, never what was handed over. */
    public static LegalDisclosureHandedOver legalDisclosureHandedOver(LegalDisclosurePackage p) {
        return new LegalDisclosureHandedOver(p.disclosureId(), p.subjectId(), p.channel().orElseThrow(),
                p.identifiable(), p.handedOverBy().orElseThrow(), p.handedOverAt().orElseThrow());
    }

    public static BreachNoticeDispatched noticeDispatched(NoticeDispatch dispatch) {
        return dispatch.channel().isPresent()
                ? BreachNoticeDispatched.sent(dispatch.breachId(), dispatch.noticeId(), dispatch.subjectId(),
                        dispatch.channel().get(), dispatch.dispatchedAt())
                : BreachNoticeDispatched.failed(dispatch.breachId(), dispatch.noticeId(), dispatch.subjectId(),
                        dispatch.failureReason().orElseThrow(), dispatch.dispatchedAt());
    }

    public static ConsentGiven given(Consent consent) {
        ConsentScope scope = consent.scope();
        return new ConsentGiven(consent.id(), consent.subjectId(), consent.version(), scope.purposes(),
                scope.dataCategories(), scope.recipientPartnerIds(), scope.recipientPartnerKinds(),
                consent.lawfulBasis(), consent.article9Condition().orElse(null), consent.informationSheetId(),
                consent.informationSheetVersion(), consent.capture().channel(), consent.capture().takenBy(),
                consent.capture().takenAt(), consent.reconfirmAfterDays(), consent.expiresAt().orElse(null),
                consent.proxy().isPresent(), consent.contractId());
    }

    /** Carries exactly the scope withdrawn, so recipients outside it are not touched (P6.8). */
    public static ConsentWithdrawn withdrawn(Consent after, boolean whole, ConsentScope withdrawn, Withdrawal how) {
        return new ConsentWithdrawn(after.id(), after.subjectId(), after.version(), whole, withdrawn.purposes(),
                withdrawn.recipientPartnerIds(), withdrawn.recipientPartnerKinds(), how.channel(), how.recordedBy(),
                how.withdrawnAt());
    }

    public static ConsentReconfirmationRequested reconfirmationRequested(Consent consent, ReconfirmationReason reason,
                                                                         UUID shareRequestId, Instant at) {
        return new ConsentReconfirmationRequested(consent.id(), consent.subjectId(), reason, shareRequestId, at);
    }

    public static ConsentReconfirmed reconfirmed(Consent consent) {
        return new ConsentReconfirmed(consent.id(), consent.subjectId(), consent.version(),
                consent.capture().channel(), consent.capture().takenBy(), consent.lastConfirmedAt());
    }

    public static ConsentExpired expired(Consent consent, Instant at) {
        return new ConsentExpired(consent.id(), consent.subjectId(), consent.version(), at);
    }

    /** X1: only the pseudonymous id and the capacity leave the vault; the identifiers never do. */
    public static SubjectRegistered registered(DataSubject subject, String recordedBy) {
        return new SubjectRegistered(subject.subjectId(), subject.capacity().status().name(), recordedBy,
                subject.registeredAt());
    }

    public static CapacityAssessed capacityAssessed(String subjectId, Capacity capacity) {
        return new CapacityAssessed(subjectId, capacity.status().name(), capacity.assessedBy(), capacity.assessedAt());
    }

    /** X1: the sheet's text stays here; its hash proves which text the version was. */
    public static InformationSheetPublished sheetPublished(InformationSheet sheet, String recordedBy) {
        return new InformationSheetPublished(sheet.id(), sheet.pieceOfWork(), sheet.version(), sheet.contentHash(),
                recordedBy, sheet.publishedAt());
    }

    /** X1: the summary may name the requester, so it stays in the log; the event names the council. */
    public static FoiRequestLogged foiLogged(FoiRequest request, Instant loggedAt) {
        return new FoiRequestLogged(request.id(), request.contractId(), request.council(), request.receivedAt(),
                request.recordedBy(), loggedAt);
    }

    public static RecordErased erased(ErasedRecord record, Period retentionPeriod, Instant at) {
        return new RecordErased(SERVICE, record.kind().configName(), record.recordId(), record.subjectId(),
                ErasureAction.valueOf(record.action().name()), retentionPeriod.toString(), at);
    }

    public static StaffRegistered staffRegistered(String staffId, String registeredBy, Instant at) {
        return new StaffRegistered(staffId, registeredBy, at);
    }

    public static PolicyAcknowledged policyAcknowledged(PolicyAcknowledgement acknowledgement) {
        return new PolicyAcknowledged(acknowledgement.staffId(), acknowledgement.policyVersion(),
                acknowledgement.acknowledgedAt());
    }

    public static TrainingRecorded trainingRecorded(StaffTraining training) {
        return new TrainingRecorded(training.staffId(), training.course(), training.completedOn(), training.recordedBy(),
                training.recordedAt());
    }

    /** P12.1: an FOI request handed to the council responsible for its contract. */
    public static FoiRequestHandedOver foiHandedOver(FoiRequest request) {
        return new FoiRequestHandedOver(request.id(), request.contractId(), request.council(),
                request.handedOverBy().orElseThrow(), request.handedOverAt().orElseThrow());
    }

    public static PersonLinkIssued personLinkIssued(PersonLink link, NoticeChannel channel) {
        return new PersonLinkIssued(link.linkId(), link.subjectId(), link.purpose(), channel, link.issuedBy(),
                link.issuedAt(), link.expiresAt());
    }

    public static PersonLinkUsed personLinkUsed(PersonLink link, PersonLinkUse use, Instant at) {
        return new PersonLinkUsed(link.linkId(), link.subjectId(), use, at);
    }
}
