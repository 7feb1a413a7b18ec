package org.infoshare.sharing.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.UriInfo;
import org.infoshare.sharing.service.AttestationService;
import org.infoshare.sharing.service.GuidanceService;
import org.infoshare.sharing.service.ReleaseService;
import org.infoshare.sharing.domain.ReleaseDeliveryRule;
import org.infoshare.web.Caller;
import org.infoshare.web.IdempotencyKeys;
import org.infoshare.web.Roles;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The partner API: a partner's users and systems see and answer only what is theirs. The partner
 * is always the token's {@code partner_id}, never a parameter.
 */
@Path("/api/v1/partner")
@Tag(name = "Partner API")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerPortalResource {

    private final GuidanceService guidance;
    private final AttestationService attestations;
    private final ReleaseService releases;
    private final SecurityIdentity identity;
    private final IdempotencyKeys idempotency;

    public PartnerPortalResource(GuidanceService guidance, AttestationService attestations, ReleaseService releases,
                                 SecurityIdentity identity, IdempotencyKeys idempotency) {
        this.guidance = guidance;
        this.attestations = attestations;
        this.releases = releases;
        this.identity = identity;
        this.idempotency = idempotency;
    }

    @GET
    @Path("/portal/releases/{id}")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Collect one of the partner's PORTAL release packages; recorded (personal-data-accessed, the first release-delivered); 409 for a SECURE_API or SECURE_EMAIL release (P11.1); 410 once withdrawn or destroyed")
    public Uni<ReleasePackageView> collect(@PathParam("id") UUID id) {
        return releases.fetch(id, Caller.of(identity), ReleaseDeliveryRule.Route.PORTAL).map(ReleasePackageView::of);
    }

    @GET
    @Path("/guidance-notes")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "The guidance versions for the calling small provider's kind, with what it acknowledged (P1.3)")
    public Uni<List<GuidanceNoteView>> guidanceNotes() {
        return guidance.forPartner(Caller.of(identity).requirePartnerId()).map(found -> found.notes().stream()
                .map(note -> GuidanceNoteView.of(note, found.acknowledged().contains(note.id()))).toList());
    }

    @POST
    @Path("/guidance-acknowledgements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Acknowledge the guidance version received (P1.3); honours Idempotency-Key")
    public Uni<Response> acknowledge(@Valid @NotNull AcknowledgeGuidanceRequest request,
                                     @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Caller caller = Caller.of(identity);
        String partnerId = caller.requirePartnerId();
        return idempotency.run(idempotencyKey, caller, "acknowledge-guidance", request,
                () -> guidance.acknowledge(partnerId, request.guidanceNoteId(), caller.actorId()).map(ack -> {
                    GuidanceAcknowledgementView body = new GuidanceAcknowledgementView(ack.note().id().toString(),
                            ack.note().version(), ack.partnerId(), ack.recorded());
                    return ack.recorded() ? new IdempotencyKeys.Answer(201, body, null) : IdempotencyKeys.Answer.ok(body);
                }));
    }

    @GET
    @Path("/protocols")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "The calling partner's own protocols (P1.2), without the named recipient")
    public Uni<List<PartnerProtocolView>> protocols() {
        return attestations.protocolsOf(Caller.of(identity).requirePartnerId())
                .map(found -> found.stream().map(PartnerProtocolView::of).toList());
    }

    @POST
    @Path("/protocols/{id}/attestations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Attest security measures and staff awareness for one of the partner's protocols (P5.1); honours Idempotency-Key")
    public Uni<Response> attest(@PathParam("id") UUID id, @Valid @NotNull AttestationRequest request, UriInfo uri,
                                @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Caller caller = Caller.of(identity);
        String partnerId = caller.requirePartnerId();
        return idempotency.run(idempotencyKey, caller, "attest-protocol " + id, request,
                () -> attestations.attest(partnerId, id, request.securityMeasuresMet(), request.staffInformed(),
                                Optional.ofNullable(request.statement()).filter(s -> !s.isBlank()), caller.actorId())
                        .map(saved -> IdempotencyKeys.Answer.created(
                                uri.getAbsolutePathBuilder().path(saved.id().toString()).build(),
                                AttestationView.of(saved))));
    }

    @POST
    @Path("/protocols/{id}/conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Declare that one of the partner's protocols conflicts with the law (P5.1); listed to the DPO at once; honours Idempotency-Key")
    public Uni<Response> declareConflict(@PathParam("id") UUID id, @Valid @NotNull ConflictRequest request, UriInfo uri,
                                         @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Caller caller = Caller.of(identity);
        String partnerId = caller.requirePartnerId();
        return idempotency.run(idempotencyKey, caller, "declare-conflict " + id, request,
                () -> attestations.declareConflict(partnerId, id, request.description().strip(),
                                request.legalBasis().strip(), caller.actorId())
                        .map(saved -> IdempotencyKeys.Answer.created(
                                uri.getAbsolutePathBuilder().path(saved.id().toString()).build(), ConflictView.of(saved))));
    }
}
