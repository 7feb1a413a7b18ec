package org.infoshare.dashboard.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.time.LocalDate;

/** consent-service's endpoints for one subject access request (P12.2), with the DPO's own token. */
@RegisterRestClient(configKey = "consent-service")
@RegisterProvider(UserTokenPropagation.class)
@Path("/api/v1/subject-access-requests/{id}")
public interface SubjectAccessClient {

    @GET
    Request request(@PathParam("id") String id);

    @POST
    @Path("/extension")
    Request extend(@PathParam("id") String id, Extension extension);

    /** A subject access request (the API's {@code SubjectAccessRequestView}); the subject id is pseudonymous. */
    @io.quarkus.qute.TemplateData
    record Request(String id, String channel, Instant receivedAt, LocalDate dueDate, String status,
                   boolean identityVerified, String pausedFor, int pausedDays, int extensionMonths,
                   String extensionReason) {
    }

    /** Extend by one or two months (two in all at most), with the reason. */
    record Extension(Integer months, String reason) {
    }
}
