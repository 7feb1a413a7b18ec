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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.sharing.domain.PartnerKind;
import org.infoshare.sharing.service.PartnerService;
import org.infoshare.web.Page;
import org.infoshare.web.Problem;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;
import org.infoshare.web.Caller;
import org.infoshare.web.Roles;

import java.util.List;
import java.util.Optional;

/** The partner registry (P1.1): the DPO manages it, staff read it. */
@Path("/api/v1/partners")
@Tag(name = "Partners")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {

    private final PartnerService partners;

    private final SecurityIdentity identity;

    public PartnerResource(PartnerService partners, SecurityIdentity identity) {
        this.partners = partners;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Register a partner with its kind, agreed purposes and webhook (P1.1)")
    public Uni<Response> register(@Valid @NotNull PartnerRequest request, UriInfo uri) {
        if (request.id() == null) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "A partner needs its id",
                    List.of(new Problem.FieldError("id", "must not be null")));
        }
        return partners.register(request.id(), details(request), Caller.of(identity).actorId())
                .map(saved -> Response.created(uri.getAbsolutePathBuilder().path(saved.id()).build())
                        .entity(PartnerView.of(saved)).build());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Change a partner's name, kind, purposes or webhook (P1.1)")
    public Uni<PartnerView> change(@PathParam("id") String id, @Valid @NotNull PartnerRequest request) {
        return partners.change(id, details(request), Caller.of(identity).actorId()).map(PartnerView::of);
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "Registered partners by id, optionally of one kind")
    public Uni<Page<PartnerView>> list(@QueryParam("kind") PartnerKind kind,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return partners.list(Optional.ofNullable(kind), page, size).map(found -> found.map(PartnerView::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "One partner")
    public Uni<PartnerView> get(@PathParam("id") String id) {
        return partners.find(id).map(found -> found.map(PartnerView::of).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "No partner " + id)));
    }

    private static PartnerService.PartnerDetails details(PartnerRequest request) {
        return new PartnerService.PartnerDetails(request.name(), request.kind(),
                Optional.ofNullable(request.smallProviderKind()), request.purposes(),
                Optional.ofNullable(request.webhookUrl()), Optional.ofNullable(request.webhookSecret()),
                request.safeguardingRoutes() == null ? List.of() : request.safeguardingRoutes());
    }
}
