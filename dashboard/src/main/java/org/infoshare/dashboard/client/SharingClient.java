package org.infoshare.dashboard.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;

/** sharing-service's public API, called with the signed-in user's own access token. */
@RegisterRestClient(configKey = "sharing-service")
@RegisterProvider(UserTokenPropagation.class)
@Path("/api/v1")
public interface SharingClient {

    @GET
    @Path("/recipient-notifications")
    Page<Notification> notifications(@QueryParam("open") boolean open, @QueryParam("size") int size);

    @GET
    @Path("/share-requests")
    Page<ShareRequest> shareRequests(@QueryParam("outcome") String outcome, @QueryParam("size") int size);

    @GET
    @Path("/share-requests/{id}")
    ShareRequest shareRequest(@PathParam("id") String id);

    @POST
    @Path("/share-requests/{id}/dpo-decision")
    ShareRequest decide(@PathParam("id") String id, DpoDecision decision);

    /** A recipient notification of a withdrawal (the API's {@code PropagationView}), as far as the dashboard shows it. */
    @io.quarkus.qute.TemplateData
    record Notification(String id, String releaseId, String partnerId, String consentId, String cause,
                        Instant withdrawnAt, Instant notifiedAt, String deliveryState, int attempts, String lastError,
                        Instant deliveredAt, String response, String lawfulCondition, Instant answeredAt,
                        Instant escalatedAt) {
    }

    /** A share request (the API's {@code ShareRequestView}), as far as the dashboard shows it. */
    @io.quarkus.qute.TemplateData
    record ShareRequest(String id, String partnerId, String purpose, List<String> dataCategories,
                        boolean identifiable, String basis, String lawfulBasis, String article9Condition,
                        String sensitivity, Instant requestedAt, String outcome, List<String> reasons,
                        List<String> findings, String decidedBy, Instant decidedAt, String dpoJustification) {
    }

    /** The DPO's decision: approve or refuse, with a written justification (20 to 4,000 characters). */
    @io.quarkus.qute.TemplateData
    record DpoDecision(boolean approve, String justification) {
    }
}
