package org.infoshare.dashboard.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.time.LocalDate;
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
    @Path("/recipient-notifications")
    Page<Notification> escalatedNotifications(@QueryParam("escalated") boolean escalated,
                                              @QueryParam("open") boolean open, @QueryParam("size") int size);

    @GET
    @Path("/withdrawal-propagations/{consentId}")
    WithdrawalPropagation withdrawalPropagation(@PathParam("consentId") String consentId);

    @GET
    @Path("/protocols")
    Page<Protocol> protocols(@QueryParam("size") int size);

    @GET
    @Path("/protocol-conflicts")
    Page<Conflict> conflicts(@QueryParam("size") int size);

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
                        Instant deliveredAt, String response, String lawfulCondition, String justification,
                        Instant answeredAt, Instant escalatedAt) {
    }

    /** One consent's withdrawal propagation (the API's {@code WithdrawalPropagationView}). */
    @io.quarkus.qute.TemplateData
    record WithdrawalPropagation(String consentId, Instant withdrawnAt, long total, long answered,
                                 List<RecipientRecord> recipients) {
        public WithdrawalPropagation {
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
        }
    }

    /** A recipient record a withdrawal reached; {@code parentReleaseId} names the release an onward child came from. */
    @io.quarkus.qute.TemplateData
    record RecipientRecord(String parentReleaseId, Notification notification) {
    }

    /** A protocol (the API's {@code ProtocolView}), as far as the overview shows it. */
    @io.quarkus.qute.TemplateData
    record Protocol(String id, String partnerId, String purpose, String status, LocalDate reviewDate) {
    }

    /** A conflict with the law a partner declared on a protocol (the API's {@code ConflictView}), without its description. */
    @io.quarkus.qute.TemplateData
    record Conflict(String id, String protocolId, String partnerId, String legalBasis, Instant declaredAt,
                    boolean open) {
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
