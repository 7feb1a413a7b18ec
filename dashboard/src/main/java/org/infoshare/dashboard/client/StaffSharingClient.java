package org.infoshare.dashboard.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** sharing-service's share request, as the staff work form posts it, with the signed-in user's token. */
@RegisterRestClient(configKey = "sharing-service")
@RegisterProvider(UserTokenPropagation.class)
@Path("/api/v1")
public interface StaffSharingClient {

    /** Decided at once: a policy refusal is a decision (outcome REFUSED with its rule ids), not an error. */
    @POST
    @Path("/share-requests")
    SharingClient.ShareRequest request(NewShare share);

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewShare(String subjectId, String partnerId, String purpose, List<String> dataCategories,
                    Boolean identifiable, String identifiableReason, String basis, String consentId,
                    String legalReference, String lawfulBasis, String article9Condition, String proportionality,
                    String sensitivity, JsonNode payload) {
    }
}
