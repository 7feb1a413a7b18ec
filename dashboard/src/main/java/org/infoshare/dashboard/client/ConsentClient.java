package org.infoshare.dashboard.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** consent-service's public API, called with the signed-in user's own access token. */
@RegisterRestClient(configKey = "consent-service")
@RegisterProvider(UserTokenPropagation.class)
@Path("/api/v1")
public interface ConsentClient {

    @GET
    @Path("/subject-access-requests")
    Page<SubjectAccessRequest> subjectAccessRequests(@QueryParam("size") int size);

    @GET
    @Path("/consents")
    Page<Consent> consents(@QueryParam("state") String state, @QueryParam("size") int size);

    /** A consent (the API's {@code ConsentView}), as far as the overview shows it: no identity, no scope. */
    @io.quarkus.qute.TemplateData
    record Consent(String id, String state, List<String> purposes, String captureChannel, Instant lastConfirmedAt,
                   Instant reconfirmationDueAt) {
        public Consent {
            purposes = purposes == null ? List.of() : List.copyOf(purposes);
        }
    }

    /** A subject access request (the API's {@code SubjectAccessRequestView}), as far as the dashboard shows it. */
    @io.quarkus.qute.TemplateData
    record SubjectAccessRequest(String id, String channel, Instant receivedAt, LocalDate dueDate, String status,
                                boolean identityVerified, String pausedFor, int extensionMonths) {
    }
}
