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
import org.infoshare.messaging.access.PersonalDataReads;
import org.infoshare.sharing.service.SafeguardingService;
import org.infoshare.web.Caller;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;
import org.infoshare.web.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/safeguarding-referrals")
@Tag(name = "Safeguarding referrals")
@Produces(MediaType.APPLICATION_JSON)
public class SafeguardingReferralResource {

    private final SafeguardingService service;
    private final PersonalDataReads reads;
    private final SecurityIdentity identity;

    public SafeguardingReferralResource(SafeguardingService service, PersonalDataReads reads,
                                        SecurityIdentity identity) {
        this.service = service;
        this.reads = reads;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "Refer a safeguarding concern to a registered safeguarding team taking its route, without consent (P3.1); 422 for any other team; put on the DPO's list; emits safeguarding-referred")
    public Uni<Response> refer(@Valid @NotNull ReferSafeguardingRequest request, UriInfo uri) {
        var concern = new SafeguardingService.Concern(request.subjectId(), request.safeguardingTeam(), request.route(),
                request.category(), request.concern().strip());
        return service.refer(concern, Caller.of(identity).actorId())
                .map(saved -> Response.created(uri.getAbsolutePathBuilder().path(saved.id().toString()).build())
                        .entity(SafeguardingReferralView.of(saved))
                        .build());
    }

    @GET
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Every safeguarding referral, newest first (P3.1)")
    public Uni<Page<SafeguardingReferralView>> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                    @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        // P6.1: the DPO reading the list reads every person on the page; each is recorded
        return reads.recorded(Caller.of(identity).reader(), "safeguarding-oversight",
                () -> service.newestFirst(page, size).map(found -> found.map(SafeguardingReferralView::of)),
                found -> found.items().stream().map(SafeguardingReferralResource::seen).toList());
    }

    @GET
    @Path("/dpo-inbox")
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "The DPO's list: referrals not yet marked seen, escalated ones back on it, newest first (P3.1)")
    public Uni<Page<SafeguardingReferralView>> dpoInbox(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return reads.recorded(Caller.of(identity).reader(), "safeguarding-oversight",
                () -> service.dpoInbox(page, size).map(found -> found.map(SafeguardingReferralView::of)),
                found -> found.items().stream().map(SafeguardingReferralResource::seen).toList());
    }

    @POST
    @Path("/{id}/seen")
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "The DPO marks a referral on their list seen, taking it off (409 when not on it); emits safeguarding-referral-progressed (DPO_SEEN)")
    public Uni<SafeguardingReferralView> markSeen(@PathParam("id") UUID id) {
        return service.markSeen(id, Caller.of(identity).actorId()).map(SafeguardingReferralView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "One safeguarding referral")
    public Uni<SafeguardingReferralView> get(@PathParam("id") UUID id) {
        return reads.recorded(Caller.of(identity).reader(), "safeguarding-referral-view",
                () -> service.find(id).map(found -> found.map(SafeguardingReferralView::of).orElseThrow(() ->
                        new ProblemException(ProblemType.NOT_FOUND, "No safeguarding referral " + id))),
                view -> List.of(seen(view)));
    }

    private static PersonalDataReads.Seen seen(SafeguardingReferralView view) {
        return new PersonalDataReads.Seen(view.subjectId(), "safeguarding-referral/" + view.id());
    }
}
