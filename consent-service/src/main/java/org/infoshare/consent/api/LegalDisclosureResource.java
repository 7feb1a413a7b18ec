package org.infoshare.consent.api;

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
import org.infoshare.consent.service.LegalDisclosureService;
import org.infoshare.web.Caller;
import org.infoshare.web.Page;
import org.infoshare.web.PersonalData;
import org.infoshare.web.Roles;

import java.util.UUID;

/**
 * P2.1: legal-duty disclosures decided in sharing-service, prepared here for the DPO to hand over.
 * DPO only: listing shows no identity; the identity is handed out once (a POST: it changes the
 * package) and recorded (P6.1); the hand-over is recorded with its channel.
 */
@PersonalData
@Path("/api/v1/legal-disclosures")
@Tag(name = "Legal-duty disclosures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DPO)
public class LegalDisclosureResource {

    private final LegalDisclosureService disclosures;
    private final SecurityIdentity identity;

    public LegalDisclosureResource(LegalDisclosureService disclosures, SecurityIdentity identity) {
        this.disclosures = disclosures;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Legal-duty disclosure packages, newest first: order, recipient, state; never the identity")
    public Uni<Page<LegalDisclosurePackageView>> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return disclosures.list(page, size).map(found -> found.map(LegalDisclosurePackageView::of));
    }

    @GET
    @Path("/{disclosureId}")
    @Operation(summary = "One package, without the identity")
    public Uni<LegalDisclosurePackageView> get(@PathParam("disclosureId") UUID disclosureId) {
        return disclosures.find(disclosureId).map(LegalDisclosurePackageView::of);
    }

    @POST
    @Path("/{disclosureId}/identity")
    @Operation(summary = "The person's identity for this disclosure, handed out once and recorded"
            + " (personal-data-accessed, purpose legal-duty-disclosure); 409 when the order needs none, the vault"
            + " did not know the person, or it was handed out already")
    public Uni<LegalDisclosureIdentityView> identity(@PathParam("disclosureId") UUID disclosureId) {
        Caller caller = Caller.of(identity);
        return disclosures.releaseIdentity(disclosureId, caller.actorId(), caller.primaryRole())
                .map(LegalDisclosureIdentityView::of);
    }

    @POST
    @Path("/{disclosureId}/hand-over")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the DPO handed the disclosure over, by which channel; emits"
            + " legal-disclosure-handed-over; 409 before the identity was fetched (when needed) or when recorded already")
    public Uni<LegalDisclosurePackageView> handOver(@PathParam("disclosureId") UUID disclosureId,
                                                    @Valid @NotNull HandOverRequest request) {
        return disclosures.handOver(disclosureId, request.channel(), Caller.of(identity).actorId())
                .map(LegalDisclosurePackageView::of);
    }
}
