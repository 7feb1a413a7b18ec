package org.infoshare.dashboard.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;

/**
 * consent-service's person-link API (issue 13 item 4(a)), called with the dashboard-portal
 * account's own token: the person has no account.
 */
@RegisterRestClient(configKey = "consent-service")
@RegisterProvider(PortalToken.class)
@Path("/api/v1")
public interface PersonClient {

    @POST
    @Path("/person-links/{token}/redeem")
    Session redeem(@PathParam("token") String token);

    @GET
    @Path("/person-sessions/{handle}")
    PersonPage view(@PathParam("handle") String handle);

    @POST
    @Path("/person-sessions/{handle}/withdrawals")
    @Consumes(MediaType.APPLICATION_JSON)
    WithdrawalOutcome withdraw(@PathParam("handle") String handle, Withdrawal withdrawal);

    @POST
    @Path("/person-sessions/{handle}/subject-access-requests")
    SubjectAccessRequest requestAccess(@PathParam("handle") String handle);

    record Session(String handle, Instant expiresAt) {
    }

    @io.quarkus.qute.TemplateData
    record PersonPage(Instant sessionExpiresAt, List<Organisation> organisations, List<OwnConsent> consents) {
    }

    @io.quarkus.qute.TemplateData
    record Organisation(String partnerId, List<String> purposes, List<String> dataCategories, Instant lastReceivedAt,
                        int releases) {
    }

    @io.quarkus.qute.TemplateData
    record OwnConsent(String consentId, String state, List<String> purposes, List<String> dataCategories,
                      List<String> recipientPartnerIds, List<String> recipientPartnerKinds, Instant givenAt,
                      boolean withdrawable) {
    }

    record Withdrawal(String consentId, boolean whole, List<String> purposes, List<String> recipientPartnerIds) {
    }

    record WithdrawalOutcome(boolean changed, OwnConsent consent) {
    }

    record SubjectAccessRequest(String id, String channel, Instant receivedAt) {
    }
}
