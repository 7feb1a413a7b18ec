package org.infoshare.consent.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.consent.domain.RetentionReview;
import org.infoshare.consent.service.RetentionService;
import org.infoshare.web.RetentionReviewHorizon;
import org.infoshare.web.Roles;

import java.time.Clock;
import java.time.Instant;

/** The DPO's annual retention review (P13.1). */
@Path("/api/v1/retention/review")
@Tag(name = "Retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    private final RetentionService retention;
    private final Clock clock;

    public RetentionResource(RetentionService retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "What consent-service holds, by kind and age, its retention period and why it is kept, "
            + "and what falls due by a date (default: a year from now)")
    public Uni<RetentionReview> review(@Parameter(description = "last day covered, ISO date (e.g. 2027-12-31)")
                                       @QueryParam("until") String until) {
        Instant now = clock.instant();
        return retention.review(now, RetentionReviewHorizon.of(until, now));
    }
}
