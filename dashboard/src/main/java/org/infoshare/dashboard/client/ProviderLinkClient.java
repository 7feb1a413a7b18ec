package org.infoshare.dashboard.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;

/**
 * sharing-service's small providers' links (issue 13 item 4b), called with the dashboard-portal
 * client's token: the token in the path is the provider's authority, checked by sharing-service.
 */
@RegisterRestClient(configKey = "sharing-service")
@RegisterProvider(PortalToken.class)
@Path("/api/v1/provider-links")
public interface ProviderLinkClient {

    @GET
    @Path("/{token}")
    Link link(@PathParam("token") String token);

    @POST
    @Path("/{token}/answer")
    Answered answer(@PathParam("token") String token, Answer answer);

    @POST
    @Path("/{token}/acknowledgement")
    Acknowledged acknowledge(@PathParam("token") String token);

    /** What the link is for (the API's {@code ProviderLinkView}). */
    @io.quarkus.qute.TemplateData
    record Link(String purpose, String partnerId, String partnerName, Instant expiresAt, Notice notice,
                Guidance guidance) {
    }

    @io.quarkus.qute.TemplateData
    record Notice(String notificationId, String releaseId, String cause, Instant withdrawnAt, Instant notifiedAt,
                  List<String> purposes, List<String> dataCategories, boolean specialCategory, String response,
                  Instant answeredAt) {
    }

    @io.quarkus.qute.TemplateData
    record Guidance(String guidanceNoteId, String smallProviderKind, int version, List<String> purposes,
                    List<String> dataCategories, String methodOfDisclosure, List<String> securityMeasures,
                    List<String> limitsOnUse, int staleConsentAfterDays, Instant publishedAt, boolean acknowledged) {
    }

    /** The partner's reassessment, as the partner API takes it (P6.8, P4.1). */
    record Answer(String response, String lawfulBasis, String article9Condition, String justification) {
    }

    @io.quarkus.qute.TemplateData
    record Answered(String notificationId, String response, String lawfulCondition, Instant answeredAt) {
    }

    @io.quarkus.qute.TemplateData
    record Acknowledged(String guidanceNoteId, int version, boolean recorded) {
    }
}
