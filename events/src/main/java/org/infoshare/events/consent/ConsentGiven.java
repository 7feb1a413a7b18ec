package org.infoshare.events.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Added;
import org.infoshare.events.Nullable;
import org.infoshare.events.vocabulary.Article9Condition;
import org.infoshare.events.vocabulary.CaptureChannel;
import org.infoshare.events.vocabulary.LawfulBasis;

/**
 * Emitted by consent-service when a data subject (or an empowered proxy) gives consent, or a new
 * version of a consent is recorded (P6.5, P6.6).
 *
 * @param consentId The consent.
 * @param subjectId Pseudonymous data subject id.
 * @param consentVersion Version of the consent aggregate after this change.
 * @param purposes Purposes the consent covers.
 * @param dataCategories Data categories the consent covers.
 * @param recipientPartnerIds Partners the data may go to.
 * @param recipientPartnerKinds Partner kinds the data may go to.
 * @param lawfulBasis Art. 6(1) basis.
 * @param article9Condition Art. 9(2) condition when special category data is covered.
 * @param informationSheetId Information sheet the person was given.
 * @param informationSheetVersion Version of that information sheet.
 * @param captureChannel How the consent was captured.
 * @param capturedBy Opaque id of the actor who captured it.
 * @param capturedAt When it was captured.
 * @param reconfirmAfterDays Days after which it must be re-confirmed before a share (P6.7).
 * @param expiresAt When it expires, if it does.
 * @param givenByProxy Given by a proxy with a lasting power of attorney or court order (P6.9).
 * @param contractId The Healthwatch contract the consent belongs to (added; null in events written before contracts).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ConsentGiven(
        UUID consentId,
        String subjectId,
        long consentVersion,
        List<String> purposes,
        List<String> dataCategories,
        List<String> recipientPartnerIds,
        List<String> recipientPartnerKinds,
        LawfulBasis lawfulBasis,
        @Nullable Article9Condition article9Condition,
        UUID informationSheetId,
        int informationSheetVersion,
        CaptureChannel captureChannel,
        String capturedBy,
        Instant capturedAt,
        int reconfirmAfterDays,
        @Nullable Instant expiresAt,
        boolean givenByProxy,
        @Nullable @Added String contractId) implements ConsentEvent {

    public ConsentGiven {
        requireNonNull(consentId, "consentId");
        requireNonNull(subjectId, "subjectId");
        purposes = List.copyOf(requireNonNull(purposes, "purposes"));
        dataCategories = List.copyOf(requireNonNull(dataCategories, "dataCategories"));
        recipientPartnerIds = List.copyOf(requireNonNull(recipientPartnerIds, "recipientPartnerIds"));
        recipientPartnerKinds = List.copyOf(requireNonNull(recipientPartnerKinds, "recipientPartnerKinds"));
        requireNonNull(lawfulBasis, "lawfulBasis");
        requireNonNull(informationSheetId, "informationSheetId");
        requireNonNull(captureChannel, "captureChannel");
        requireNonNull(capturedBy, "capturedBy");
        requireNonNull(capturedAt, "capturedAt");
    }

    /** A consent of no named contract (as written before contracts existed). */
    public ConsentGiven(UUID consentId, String subjectId, long consentVersion, List<String> purposes,
                        List<String> dataCategories, List<String> recipientPartnerIds,
                        List<String> recipientPartnerKinds, LawfulBasis lawfulBasis, Article9Condition article9Condition,
                        UUID informationSheetId, int informationSheetVersion, CaptureChannel captureChannel,
                        String capturedBy, Instant capturedAt, int reconfirmAfterDays, Instant expiresAt,
                        boolean givenByProxy) {
        this(consentId, subjectId, consentVersion, purposes, dataCategories, recipientPartnerIds, recipientPartnerKinds,
                lawfulBasis, article9Condition, informationSheetId, informationSheetVersion, captureChannel, capturedBy,
                capturedAt, reconfirmAfterDays, expiresAt, givenByProxy, null);
    }
}
