package org.infoshare.sharing.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.infoshare.sharing.service.SafeguardingService;
import org.infoshare.web.Caller;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;
import org.infoshare.web.Roles;

import java.util.UUID;

@Path("/api/v1/safeguarding-referrals")
@Tag(name = "Safeguarding referrals")
@Produces(MediaType.APPLICATION_JSON)
public class SafeguardingReferralResource {

    private final SafeguardingService service;
    private final SecurityIdentity identity;

    public SafeguardingReferralResource(SafeguardingService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "Refer a safeguarding concern to the local safeguarding team, without consent (P3.1)")
    public Uni<Response> refer(@Valid @NotNull ReferSafeguardingRequest request, UriInfo uri) {
        return service.refer(request.subjectId(), request.safeguardingTeam(), request.category(),
                        Caller.of(identity).actorId())
                .map(saved -> Response.created(uri.getAbsolutePathBuilder().path(saved.id().toString()).build())
                        .entity(SafeguardingReferralView.of(saved))
                        .build());
    }

    @GET
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Every safeguarding referral, newest first: how the DPO is told (P3.1)")
    public Uni<Page<SafeguardingReferralView>> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                    @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return service.newestFirst(page, size).map(found -> found.map(SafeguardingReferralView::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "One safeguarding referral")
    public Uni<SafeguardingReferralView> get(@PathParam("id") UUID id) {
        return service.find(id).map(found -> found.map(SafeguardingReferralView::of).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "No safeguarding referral " + id)));
    }
}
