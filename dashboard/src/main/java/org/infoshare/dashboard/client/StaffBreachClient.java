package org.infoshare.dashboard.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** breach-service's breach report, as the staff work form posts it, with the signed-in user's token. */
@RegisterRestClient(configKey = "breach-service")
@RegisterProvider(UserTokenPropagation.class)
@Path("/api/v1")
public interface StaffBreachClient {

    @POST
    @Path("/breaches")
    BreachClient.Breach report(NewBreach breach);

    @GET
    @Path("/breaches/{id}")
    BreachClient.Breach breach(@PathParam("id") String id);

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewBreach(String certainty, String summary, String discoveredHow, String occurredAt, String awareAt,
                     Boolean cyberIncident, List<String> dataCategories, List<String> releaseIds, Window window) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Window(String partnerId, String from, String to) {
    }
}
