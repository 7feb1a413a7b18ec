package org.infoshare.dashboard.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;

/** breach-service's public API, called with the signed-in user's own access token. */
@RegisterRestClient(configKey = "breach-service")
@RegisterProvider(UserTokenPropagation.class)
@Path("/api/v1")
public interface BreachClient {

    @GET
    @Path("/breaches")
    Page<Breach> breaches(@QueryParam("size") int size);

    /** A breach (the API's {@code BreachView}), as far as the dashboard shows it. */
    @io.quarkus.qute.TemplateData
    record Breach(String id, String reporterKind, String certainty, String summary, Instant awareAt,
                  List<String> dataCategories, String state, String riskLevel, Instant icoReportedAt,
                  Instant closedAt, Clock clock) {
    }

    /** The 72-hour ICO clock: deadline, time left (ISO-8601, negative once overdue), running, overdue. */
    @io.quarkus.qute.TemplateData
    record Clock(Instant deadline, String deadlineUk, String timeLeft, boolean running, boolean overdue) {
    }
}
