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
import org.infoshare.sharing.domain.DisclosureMethod;
import org.infoshare.sharing.service.AttestationService;
import org.infoshare.sharing.service.ProtocolService;
import org.infoshare.web.Page;
import org.infoshare.web.Caller;
import org.infoshare.web.Roles;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Information sharing protocols (P1.2): the DPO drafts and moves them; staff read them. */
@Path("/api/v1/protocols")
@Tag(name = "Protocols")
@Produces(MediaType.APPLICATION_JSON)
public class ProtocolResource {

    private final ProtocolService protocols;
    private final AttestationService attestations;

    private final SecurityIdentity identity;

    public ProtocolResource(ProtocolService protocols, AttestationService attestations, SecurityIdentity identity) {
        this.protocols = protocols;
        this.identity = identity;
        this.attestations = attestations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Draft a protocol with a partner for one purpose (P1.2); it governs nothing until agreed")
    public Uni<Response> draft(@Valid @NotNull ProtocolRequest request, UriInfo uri) {
        ProtocolService.ProtocolTerms terms = new ProtocolService.ProtocolTerms(request.partnerId(), request.purpose(),
                request.triggerCircumstances(),
                new DisclosureMethod(request.method().channel(), request.method().sender(), request.method().namedRecipient()),
                request.securityMeasures(), request.limitsOnUse(), request.dataCategories(),
                request.staleConsentAfterDays(), request.reviewDate());
        return protocols.draft(terms, Caller.of(identity).actorId()).map(saved -> Response.created(
                uri.getAbsolutePathBuilder().path(saved.id().toString()).build()).entity(ProtocolView.of(saved)).build());
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Agree, suspend or expire a protocol (P1.2)")
    public Uni<ProtocolView> changeStatus(@PathParam("id") UUID id, @Valid @NotNull ProtocolStatusRequest request) {
        return protocols.changeStatus(id, request.status(), Caller.of(identity).actorId()).map(ProtocolView::of);
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "Protocols, newest first, optionally of one partner")
    public Uni<Page<ProtocolView>> list(@QueryParam("partnerId") String partnerId,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return protocols.list(Optional.ofNullable(partnerId), page, size).map(found -> found.map(ProtocolView::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "One protocol")
    public Uni<ProtocolView> get(@PathParam("id") UUID id) {
        return protocols.find(id).map(ProtocolView::of);
    }

    @GET
    @Path("/{id}/attestations")
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "The partner's attestations for a protocol, newest first (P5.1)")
    public Uni<List<AttestationView>> attestations(@PathParam("id") UUID id) {
        return attestations.forProtocol(id).map(found -> found.stream().map(AttestationView::of).toList());
    }
}
