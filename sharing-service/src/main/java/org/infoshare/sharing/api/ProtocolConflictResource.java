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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.sharing.service.AttestationService;
import org.infoshare.web.Caller;
import org.infoshare.web.Page;
import org.infoshare.web.Roles;

import java.util.UUID;

/** Declared conflicts of protocols with the law, newest first: how the DPO is told and resolves them (P5.1). */
@Path("/api/v1/protocol-conflicts")
@Tag(name = "Protocols")
@Produces(MediaType.APPLICATION_JSON)
public class ProtocolConflictResource {

    private final AttestationService attestations;
    private final SecurityIdentity identity;

    public ProtocolConflictResource(AttestationService attestations, SecurityIdentity identity) {
        this.attestations = attestations;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "Every declared conflict of a protocol with the law, newest first (P5.1)")
    public Uni<Page<ConflictView>> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return attestations.conflicts(page, size).map(found -> found.map(ConflictView::of));
    }

    @POST
    @Path("/{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "The DPO resolves a declared conflict with written reasons: the protocol reinstated or expired (P5.1)")
    public Uni<ConflictView> resolve(@PathParam("id") UUID id, @Valid @NotNull ConflictResolutionRequest body) {
        return attestations.resolveConflict(id, body.outcome(), body.reasons().strip(), Caller.of(identity).actorId())
                .map(ConflictView::of);
    }
}
