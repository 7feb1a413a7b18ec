package org.infoshare.sharing.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.infoshare.sharing.service.SafeguardingTeamService;
import org.infoshare.web.Caller;
import org.infoshare.web.Page;
import org.infoshare.web.Roles;

import java.util.UUID;

/**
 * The partner API for safeguarding referrals (P3.1): a safeguarding team polls, fetches and
 * acknowledges the referrals made to it. The team is always the token's {@code partner_id}: another
 * partner's referral answers 404, as if it did not exist.
 */
@Path("/api/v1/partner/safeguarding-referrals")
@Tag(name = "Partner API")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
public class PartnerSafeguardingResource {

    private final SafeguardingTeamService service;
    private final SecurityIdentity identity;

    public PartnerSafeguardingResource(SafeguardingTeamService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Poll the referrals made to the calling safeguarding team, newest first; open=true for unacknowledged only (no account: fetch one to read it)")
    public Uni<Page<PartnerSafeguardingReferralView>> list(@QueryParam("open") @DefaultValue("false") boolean open,
                                                           @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                           @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return service.listOwn(Caller.of(identity).requirePartnerId(), open, page, size)
                .map(found -> found.map(PartnerSafeguardingReferralView::listed));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Fetch one referral with the account of the concern; recorded (personal-data-accessed)")
    public Uni<PartnerSafeguardingReferralView> fetch(@PathParam("id") UUID id) {
        return service.fetch(id, Caller.of(identity)).map(PartnerSafeguardingReferralView::fetched);
    }

    @POST
    @Path("/{id}/acknowledge")
    @Operation(summary = "Confirm the team has the referral, once (409 after); stops delivery retries and escalation; emits safeguarding-referral-progressed (ACKNOWLEDGED)")
    public Uni<PartnerSafeguardingReferralView> acknowledge(@PathParam("id") UUID id) {
        Caller caller = Caller.of(identity);
        return service.acknowledge(id, caller.requirePartnerId(), caller.actorId())
                .map(PartnerSafeguardingReferralView::listed);
    }
}
