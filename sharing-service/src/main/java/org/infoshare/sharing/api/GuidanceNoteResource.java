package org.infoshare.sharing.api;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.sharing.domain.SmallProviderKind;
import org.infoshare.sharing.service.GuidanceService;
import org.infoshare.web.Caller;
import org.infoshare.web.Roles;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Guidance notes for small providers (P1.3): the DPO publishes versions; staff read them. */
@Path("/api/v1/guidance-notes")
@Tag(name = "Guidance notes")
@Produces(MediaType.APPLICATION_JSON)
public class GuidanceNoteResource {

    private final GuidanceService guidance;

    private final SecurityIdentity identity;

    public GuidanceNoteResource(GuidanceService guidance, SecurityIdentity identity) {
        this.guidance = guidance;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Publish the next guidance version for a kind of small provider (P1.3)")
    public Uni<Response> publish(@Valid @NotNull GuidanceNoteRequest request, UriInfo uri) {
        return guidance.publish(Caller.of(identity).actorId(), new GuidanceService.GuidanceContent(request.smallProviderKind(), request.purposes(),
                        request.dataCategories(), request.methodOfDisclosure(), request.securityMeasures(),
                        request.limitsOnUse(), request.staleConsentAfterDays()))
                .map(note -> Response.created(uri.getAbsolutePathBuilder().path(note.id().toString()).build())
                        .entity(GuidanceNoteView.of(note)).build());
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "Guidance notes by kind, newest version first")
    public Uni<List<GuidanceNoteView>> list(@QueryParam("smallProviderKind") SmallProviderKind kind) {
        return guidance.list(Optional.ofNullable(kind)).map(found -> found.stream().map(GuidanceNoteView::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "One guidance note version")
    public Uni<GuidanceNoteView> get(@PathParam("id") UUID id) {
        return guidance.find(id).map(GuidanceNoteView::of);
    }
}
