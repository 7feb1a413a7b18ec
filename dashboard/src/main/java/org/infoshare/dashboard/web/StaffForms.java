package org.infoshare.dashboard.web;

import org.infoshare.dashboard.client.StaffBreachClient;
import org.infoshare.dashboard.client.StaffConsentClient;
import org.infoshare.dashboard.client.StaffSharingClient;
import org.infoshare.dashboard.service.FormField;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.infoshare.dashboard.service.FormField.map;
import static org.infoshare.dashboard.web.FormValues.any;
import static org.infoshare.dashboard.web.FormValues.instant;
import static org.infoshare.dashboard.web.FormValues.list;
import static org.infoshare.dashboard.web.FormValues.listOrEmpty;
import static org.infoshare.dashboard.web.FormValues.text;
import static org.infoshare.dashboard.web.FormValues.yesNo;

/**
 * The staff work forms as posted (kept to show again what the user typed when the service refuses),
 * each with what it sends and the map from the API's field paths to its inputs.
 */
final class StaffForms {

    private StaffForms() {
    }

    /** A person to record in consent-service's vault. */
    @io.quarkus.qute.TemplateData
    record Person(@RestForm String givenName, @RestForm String familyName, @RestForm String email,
                  @RestForm String phone, @RestForm String dateOfBirth, @RestForm String addressLine1,
                  @RestForm String addressLine2, @RestForm String town, @RestForm String postcode,
                  @RestForm String capacity) {

        static final Map<String, FormField> FIELDS = map(
                "givenName", new FormField("givenName", "given name"),
                "familyName", new FormField("familyName", "family name"),
                "email", new FormField("email", "e-mail address"),
                "phone", new FormField("phone", "telephone number"),
                "dateOfBirth", new FormField("dateOfBirth", "date of birth"),
                "address", new FormField("addressLine1", "address"),
                "address.town", new FormField("town", "town"),
                "address.postcode", new FormField("postcode", "postcode"),
                "capacity", new FormField("capacity", "capacity"));

        static Person blank() {
            return new Person(null, null, null, null, null, null, null, null, null, null);
        }

        StaffConsentClient.NewSubject toRequest() {
            StaffConsentClient.Address address = any(addressLine1, addressLine2, town, postcode)
                    ? new StaffConsentClient.Address(lines(addressLine1, addressLine2), text(town), text(postcode))
                    : null;
            return new StaffConsentClient.NewSubject(text(givenName), text(familyName), text(email), text(phone),
                    text(dateOfBirth), address, text(capacity));
        }

        /** The address lines given, as typed (a line may hold commas). */
        private static List<String> lines(String... lines) {
            return Arrays.stream(lines).map(FormValues::text).filter(Objects::nonNull).toList();
        }
    }

    /** An informed, explicit consent, with its information sheet, how it was captured and, for a person who lacks capacity, the proxy. */
    @io.quarkus.qute.TemplateData
    record Consent(@RestForm String subjectId, @RestForm String informationSheetId, @RestForm String purposes,
                   @RestForm String dataCategories, @RestForm String recipientPartnerIds,
                   @RestForm String recipientPartnerKinds, @RestForm String handling, @RestForm String lawfulBasis,
                   @RestForm String article9Condition, @RestForm String captureChannel, @RestForm String takenAt,
                   @RestForm String witness, @RestForm String captureNotes, @RestForm String evidenceReference,
                   @RestForm String reconfirmAfterDays, @RestForm String expiresAt, @RestForm String proxyKind,
                   @RestForm String proxyReference, @RestForm String proxyScope, @RestForm String proxyExpiresAt,
                   @RestForm String proxyGivenName, @RestForm String proxyFamilyName,
                   @RestForm String proxyRelationship, @RestForm String proxyContact) {

        static final Map<String, FormField> FIELDS = map(
                "subjectId", new FormField("subjectId", "person's subject id"),
                "informationSheetId", new FormField("informationSheetId", "information sheet"),
                "purposes", new FormField("purposes", "purposes"),
                "dataCategories", new FormField("dataCategories", "data categories"),
                "recipientPartnerIds", new FormField("recipientPartnerIds", "recipients"),
                "recipientPartnerKinds", new FormField("recipientPartnerKinds", "kinds of recipient"),
                "handling", new FormField("handling", "how the data is handled"),
                "lawfulBasis", new FormField("lawfulBasis", "lawful basis"),
                "article9Condition", new FormField("article9Condition", "special category condition"),
                "capture", new FormField("captureChannel", "how the consent was captured"),
                "capture.channel", new FormField("captureChannel", "how the consent was captured"),
                "capture.takenAt", new FormField("takenAt", "time it was given"),
                "capture.witness", new FormField("witness", "witness"),
                "capture.notes", new FormField("captureNotes", "notes"),
                "capture.evidenceReference", new FormField("evidenceReference", "evidence reference"),
                "reconfirmAfterDays", new FormField("reconfirmAfterDays", "days before re-confirmation"),
                "expiresAt", new FormField("expiresAt", "expiry"),
                "proxy", new FormField("proxyKind", "proxy's authority"),
                "proxy.kind", new FormField("proxyKind", "proxy's authority"),
                "proxy.reference", new FormField("proxyReference", "authority's reference"),
                "proxy.scope", new FormField("proxyScope", "authority's scope"),
                "proxy.expiresAt", new FormField("proxyExpiresAt", "authority's expiry"),
                "proxy.identity", new FormField("proxyGivenName", "proxy's name"),
                "proxy.identity.givenName", new FormField("proxyGivenName", "proxy's given name"),
                "proxy.identity.familyName", new FormField("proxyFamilyName", "proxy's family name"),
                "proxy.identity.relationship", new FormField("proxyRelationship", "proxy's relationship to the person"),
                "proxy.identity.contact", new FormField("proxyContact", "proxy's contact details"));

        static Consent blank(String subjectId, String now) {
            return new Consent(subjectId, null, null, null, null, null, null, null, null, null, now, null, null, null,
                    null, null, null, null, null, null, null, null, null, null);
        }

        StaffConsentClient.NewConsent toRequest() {
            StaffConsentClient.Proxy proxy = null;
            if (any(proxyKind, proxyReference, proxyScope, proxyExpiresAt, proxyGivenName, proxyFamilyName,
                    proxyRelationship, proxyContact)) {
                StaffConsentClient.ProxyIdentity identity = any(proxyGivenName, proxyFamilyName, proxyRelationship, proxyContact)
                        ? new StaffConsentClient.ProxyIdentity(text(proxyGivenName), text(proxyFamilyName),
                        text(proxyRelationship), text(proxyContact))
                        : null;
                proxy = new StaffConsentClient.Proxy(text(proxyKind), text(proxyReference), text(proxyScope),
                        instant(proxyExpiresAt), identity);
            }
            return new StaffConsentClient.NewConsent(text(subjectId), list(purposes), list(dataCategories),
                    list(recipientPartnerIds), listOrEmpty(recipientPartnerKinds), text(handling), text(lawfulBasis),
                    text(article9Condition),
                    new StaffConsentClient.Capture(text(captureChannel), instant(takenAt), text(witness),
                            text(captureNotes), text(evidenceReference)),
                    text(informationSheetId), text(reconfirmAfterDays), instant(expiresAt), proxy);
        }
    }

    /** A withdrawal the person made by phone, letter or in person, of the whole consent or part of it. */
    @io.quarkus.qute.TemplateData
    record Withdrawal(@RestForm String consentId, @RestForm String scope, @RestForm String purposes,
                      @RestForm String recipientPartnerIds, @RestForm String recipientPartnerKinds,
                      @RestForm String channel, @RestForm String withdrawnAt, @RestForm String notes) {

        static final FormField CONSENT = new FormField("consentId", "consent's id");

        static final Map<String, FormField> FIELDS = map(
                "id", CONSENT,
                "whole", new FormField("scope", "what is withdrawn"),
                "purposes", new FormField("purposes", "purposes withdrawn"),
                "recipientPartnerIds", new FormField("recipientPartnerIds", "recipients withdrawn"),
                "recipientPartnerKinds", new FormField("recipientPartnerKinds", "kinds of recipient withdrawn"),
                "channel", new FormField("channel", "how the person told us"),
                "withdrawnAt", new FormField("withdrawnAt", "time of the withdrawal"),
                "notes", new FormField("notes", "notes"));

        static Withdrawal blank(String consentId, String now) {
            return new Withdrawal(consentId, null, null, null, null, null, now, null);
        }

        StaffConsentClient.NewWithdrawal toRequest() {
            Boolean whole = "whole".equals(scope) ? Boolean.TRUE : "part".equals(scope) ? Boolean.FALSE : null;
            return new StaffConsentClient.NewWithdrawal(whole, list(purposes), list(recipientPartnerIds),
                    list(recipientPartnerKinds), text(channel), instant(withdrawnAt), text(notes));
        }
    }

    /** A request to share with a partner; what is shared is the API's payload, as JSON. */
    @io.quarkus.qute.TemplateData
    record Share(@RestForm String subjectId, @RestForm String partnerId, @RestForm String purpose,
                 @RestForm String dataCategories, @RestForm String identifiable, @RestForm String identifiableReason,
                 @RestForm String basis, @RestForm String consentId, @RestForm String legalReference,
                 @RestForm String lawfulBasis, @RestForm String article9Condition, @RestForm String proportionality,
                 @RestForm String sensitivity, @RestForm String payload) {

        static final FormField PAYLOAD = new FormField("payload", "what is shared");

        static final Map<String, FormField> FIELDS = map(
                "subjectId", new FormField("subjectId", "person's subject id"),
                "partnerId", new FormField("partnerId", "partner"),
                "purpose", new FormField("purpose", "purpose"),
                "dataCategories", new FormField("dataCategories", "data categories"),
                "identifiable", new FormField("identifiable", "whether the person can be identified"),
                "identifiableReason", new FormField("identifiableReason", "why identifiable data is needed"),
                "basis", new FormField("basis", "basis"),
                "consentId", new FormField("consentId", "consent's id"),
                "legalReference", new FormField("legalReference", "legal reference"),
                "lawfulBasis", new FormField("lawfulBasis", "lawful basis"),
                "article9Condition", new FormField("article9Condition", "special category condition"),
                "proportionality", new FormField("proportionality", "proportionality"),
                "sensitivity", new FormField("sensitivity", "sensitivity"),
                "payload", PAYLOAD);

        static Share blank(String consentId) {
            return new Share(null, null, null, null, null, null, consentId == null ? null : "CONSENT", consentId, null,
                    null, null, null, null, null);
        }

        StaffSharingClient.NewShare toRequest(com.fasterxml.jackson.databind.JsonNode parsedPayload) {
            return new StaffSharingClient.NewShare(text(subjectId), text(partnerId), text(purpose), list(dataCategories),
                    yesNo(identifiable), text(identifiableReason), text(basis), text(consentId), text(legalReference),
                    text(lawfulBasis), text(article9Condition), text(proportionality), text(sensitivity), parsedPayload);
        }
    }

    /** A suspected or confirmed breach. */
    @io.quarkus.qute.TemplateData
    record Breach(@RestForm String certainty, @RestForm String summary, @RestForm String discoveredHow,
                  @RestForm String occurredAt, @RestForm String awareAt, @RestForm String cyberIncident,
                  @RestForm String dataCategories, @RestForm String releaseIds, @RestForm String windowPartnerId,
                  @RestForm String windowFrom, @RestForm String windowTo) {

        static final Map<String, FormField> FIELDS = map(
                "certainty", new FormField("certainty", "certainty"),
                "summary", new FormField("summary", "what happened"),
                "discoveredHow", new FormField("discoveredHow", "how it was discovered"),
                "occurredAt", new FormField("occurredAt", "when it happened"),
                "awareAt", new FormField("awareAt", "when we became aware"),
                "cyberIncident", new FormField("cyberIncident", "whether it is a cyber incident"),
                "dataCategories", new FormField("dataCategories", "data categories"),
                "releaseIds", new FormField("releaseIds", "releases involved"),
                "window", new FormField("windowPartnerId", "partner"),
                "window.partnerId", new FormField("windowPartnerId", "partner"),
                "window.from", new FormField("windowFrom", "from"),
                "window.to", new FormField("windowTo", "to"));

        static Breach blank(String now) {
            return new Breach("SUSPECTED", null, null, null, now, null, null, null, null, null, null);
        }

        StaffBreachClient.NewBreach toRequest() {
            StaffBreachClient.Window window = any(windowPartnerId, windowFrom, windowTo)
                    ? new StaffBreachClient.Window(text(windowPartnerId), instant(windowFrom), instant(windowTo))
                    : null;
            return new StaffBreachClient.NewBreach(text(certainty), text(summary), text(discoveredHow),
                    instant(occurredAt), instant(awareAt), yesNo(cyberIncident), list(dataCategories),
                    list(releaseIds), window);
        }
    }
}
