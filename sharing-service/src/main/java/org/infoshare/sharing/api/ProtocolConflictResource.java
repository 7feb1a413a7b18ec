package org.infoshare.sharing.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.sharing.service.AttestationService;
import org.infoshare.web.Page;
import org.infoshare.web.Roles;

/** Declared conflicts of protocols with the law, newest first: how the DPO is told (P5.1). */
@Path("/api/v1/protocol-conflicts")
@Tag(name = "Protocols")
@Produces(MediaType.APPLICATION_JSON)
public class ProtocolConflictResource {

    private final AttestationService attestations;

    public ProtocolConflictResource(AttestationService attestations) {
        this.attestations = attestations;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "Every declared conflict of a protocol with the law, newest first (P5.1)")
    public Uni<Page<ConflictView>> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return attestations.conflicts(page, size).map(found -> found.map(ConflictView::of));
    }
}
