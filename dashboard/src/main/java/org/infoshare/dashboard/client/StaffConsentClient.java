package org.infoshare.dashboard.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;

/**
 * consent-service's staff endpoints the staff work forms post to, with the signed-in user's token.
 * Form values travel as the user typed them (text for numbers and times): the service judges them
 * and answers a problem naming the field, which the form shows.
 */
@RegisterRestClient(configKey = "consent-service")
@RegisterProvider(UserTokenPropagation.class)
@Path("/api/v1")
public interface StaffConsentClient {

    @POST
    @Path("/subjects")
    Registered register(NewSubject subject);

    @GET
    @Path("/information-sheets")
    Page<InformationSheet> informationSheets(@QueryParam("pieceOfWork") String pieceOfWork, @QueryParam("size") int size);

    @GET
    @Path("/information-sheets/{id}")
    InformationSheet informationSheet(@PathParam("id") String id);

    @POST
    @Path("/consents")
    Consent give(NewConsent consent);

    @GET
    @Path("/consents/{id}")
    Consent consent(@PathParam("id") String id);

    @POST
    @Path("/consents/{id}/withdrawals")
    Withdrawn withdraw(@PathParam("id") String consentId, NewWithdrawal withdrawal);

    /** The pseudonymous id of the person registered; the service answers nothing else. */
    record Registered(String subjectId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewSubject(String givenName, String familyName, String email, String phone, String dateOfBirth,
                      Address address, String capacity) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Address(List<String> lines, String town, String postcode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewConsent(String subjectId, List<String> purposes, List<String> dataCategories,
                      List<String> recipientPartnerIds, List<String> recipientPartnerKinds, String handling,
                      String lawfulBasis, String article9Condition, Capture capture, String informationSheetId,
                      String reconfirmAfterDays, String expiresAt, Proxy proxy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Capture(String channel, String takenAt, String witness, String notes, String evidenceReference) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Proxy(String kind, String reference, String scope, String expiresAt, ProxyIdentity identity) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProxyIdentity(String givenName, String familyName, String relationship, String contact) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewWithdrawal(Boolean whole, List<String> purposes, List<String> recipientPartnerIds,
                         List<String> recipientPartnerKinds, String channel, String withdrawnAt, String notes) {
    }

    /** An information sheet (the API's {@code InformationSheetView}), as far as a form lists it. */
    @io.quarkus.qute.TemplateData
    record InformationSheet(String id, String pieceOfWork, int version, String title, Instant publishedAt) {
    }

    /** A consent (the API's {@code ConsentView}), as far as a confirmation shows it. */
    @io.quarkus.qute.TemplateData
    record Consent(String id, String subjectId, String state, List<String> purposes, List<String> recipientPartnerIds,
                   String captureChannel, Instant capturedAt, int informationSheetVersion, boolean givenByProxy,
                   String proxyKind) {
    }

    /** A withdrawal's answer: whether it changed the consent (a repeat does not), and the consent now. */
    record Withdrawn(boolean changed, Consent consent) {
    }
}
