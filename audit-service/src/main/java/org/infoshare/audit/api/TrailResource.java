package org.infoshare.audit.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.audit.service.TrailService;
import org.infoshare.web.Page;
import org.infoshare.web.Roles;

import java.util.Optional;

@Path("/api/v1/trail/entries")
@Tag(name = "Audit trail")
@Produces(MediaType.APPLICATION_JSON)
public class TrailResource {

    private final TrailService trail;

    public TrailResource(TrailService trail) {
        this.trail = trail;
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Trail entries in order, by event type and pseudonymous subject")
    public Uni<Page<TrailEntryView>> list(@QueryParam("type") @Size(max = 200) String type,
                                          @QueryParam("subject") @Size(max = 200) String subject,
                                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return trail.find(Optional.ofNullable(type), Optional.ofNullable(subject), page, size)
                .map(found -> found.map(TrailEntryView::of));
    }
}
