package org.infoshare.consent.domain;

import org.infoshare.events.access.PersonalDataAccessed;
import org.infoshare.events.breach.BreachNoticeDispatched;
import org.infoshare.events.consent.ConsentExpired;
import org.infoshare.events.consent.ConsentGiven;
import org.infoshare.events.consent.ConsentReconfirmationRequested;
import org.infoshare.events.consent.ConsentReconfirmed;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.consent.FoiRequestHandedOver;
import org.infoshare.events.consent.LegalDisclosureHandedOver;
import org.infoshare.events.consent.SubjectAccessRequested;
import org.infoshare.events.vocabulary.ReconfirmationReason;
import org.infoshare.events.retention.RecordErased;
import org.infoshare.events.vocabulary.ContactChannel;
import org.infoshare.events.vocabulary.ErasureAction;

import java.time.Instant;
import java.time.Period;
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

    public static RecordErased erased(ErasedRecord record, Period retentionPeriod, Instant at) {
        return new RecordErased(SERVICE, record.kind().configName(), record.recordId(), record.subjectId(),
                ErasureAction.valueOf(record.action().name()), retentionPeriod.toString(), at);
    }

    /** P12.1: an FOI request handed to the council responsible for its contract. */
    public static FoiRequestHandedOver foiHandedOver(FoiRequest request) {
        return new FoiRequestHandedOver(request.id(), request.contractId(), request.council(),
                request.handedOverBy().orElseThrow(), request.handedOverAt().orElseThrow());
    }
}
