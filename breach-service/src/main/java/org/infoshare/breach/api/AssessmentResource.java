package org.infoshare.breach.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.breach.service.AssessmentService;
import org.infoshare.web.Caller;
import org.infoshare.web.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/breaches/{id}/assessments")
@Tag(name = "Breaches")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final AssessmentService service;
    private final SecurityIdentity identity;

    public AssessmentResource(AssessmentService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Assess the risk to individuals and decide on reporting (P14.2); emits breach-assessed")
    public Uni<Response> assess(@PathParam("id") UUID id, @Valid @NotNull AssessRequest request) {
        AssessmentService.NewAssessment assessment = new AssessmentService.NewAssessment(request.likelihood(),
                request.severity(), request.factors(), request.consequences(), request.reasons());
        return service.assess(id, assessment, Caller.of(identity).actorId())
                .map(saved -> Response.status(Response.Status.CREATED).entity(AssessmentView.of(saved)).build());
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "The assessments of a breach, oldest first; the latest decides")
    public Uni<List<AssessmentView>> list(@PathParam("id") UUID id) {
        return service.list(id).map(found -> found.stream().map(AssessmentView::of).toList());
    }
}
