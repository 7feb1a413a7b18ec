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
import jakarta.ws.rs.HeaderParam;
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
import org.infoshare.sharing.domain.RecipientAnswer;
import org.infoshare.sharing.domain.ReleaseDeliveryRule;
import org.infoshare.sharing.domain.ReleaseStatus;
import org.infoshare.sharing.domain.NotificationFilter;
import org.infoshare.sharing.service.OnwardSharingService;
import org.infoshare.sharing.service.RecipientNotificationService;
import org.infoshare.sharing.service.ReleaseService;
import org.infoshare.web.Caller;
import org.infoshare.web.IdempotencyKeys;
import org.infoshare.web.Page;
import org.infoshare.web.Roles;

import java.util.Optional;
import java.util.UUID;

/**
 * The partner API for releases and withdrawal notifications. The partner is always the token's
 * {@code partner_id}: another partner's release or notification answers 404, as if it did not exist.
 */
@Path("/api/v1/partner")
@Tag(name = "Partner API")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
public class PartnerReleaseResource {

    private final ReleaseService releases;
    private final OnwardSharingService onward;
    private final RecipientNotificationService notifications;
    private final SecurityIdentity identity;
    private final IdempotencyKeys idempotency;

    public PartnerReleaseResource(ReleaseService releases, OnwardSharingService onward,
                                  RecipientNotificationService notifications, SecurityIdentity identity,
                                  IdempotencyKeys idempotency) {
        this.releases = releases;
        this.onward = onward;
        this.notifications = notifications;
        this.identity = identity;
        this.idempotency = idempotency;
    }

    @GET
    @Path("/releases")
    @Operation(summary = "The calling partner's releases, newest first (no content: fetch one to read it)")
    public Uni<Page<PartnerReleaseView>> releases(@QueryParam("status") ReleaseStatus status,
                                                  @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                  @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return releases.listOwn(Caller.of(identity).requirePartnerId(), Optional.ofNullable(status), page, size)
                .map(found -> found.map(PartnerReleaseView::of));
    }

    @GET
    @Path("/releases/{id}")
    @Operation(summary = "The partner's system fetches one of its SECURE_API release packages; recorded (personal-data-accessed, the first release-delivered); 409 for a PORTAL or SECURE_EMAIL release (P11.1); 410 once withdrawn (P6.8) or destroyed")
    public Uni<ReleasePackageView> fetch(@PathParam("id") UUID id) {
        return releases.fetch(id, Caller.of(identity), ReleaseDeliveryRule.Route.PARTNER_API).map(ReleasePackageView::of);
    }

    @POST
    @Path("/releases/{id}/onward-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask to pass a release on (P10.1); the DPO decides; honours Idempotency-Key")
    public Uni<Response> requestOnward(@PathParam("id") UUID id, @Valid @NotNull OnwardRequestBody body, UriInfo uri,
                                       @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Caller caller = Caller.of(identity);
        String partnerId = caller.requirePartnerId();
        return idempotency.run(idempotencyKey, caller, "onward " + id, body,
                () -> onward.request(id, partnerId, body.recipientPartnerId(), body.purpose(),
                                body.justification().strip(), caller.actorId())
                        .map(saved -> IdempotencyKeys.Answer.created(
                                uri.getBaseUriBuilder().path("api/v1/partner/onward-requests")
                                        .path(saved.id().toString()).build(), PartnerOnwardRequestView.of(saved))));
    }

    @GET
    @Path("/onward-requests")
    @Operation(summary = "The calling partner's onward sharing requests and their decisions (P10.1)")
    public Uni<Page<PartnerOnwardRequestView>> onwardRequests(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                       @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return onward.list(Optional.of(Caller.of(identity).requirePartnerId()), Optional.empty(), page, size)
                .map(found -> found.map(PartnerOnwardRequestView::of));
    }

    @GET
    @Path("/onward-requests/{id}")
    @Operation(summary = "One of the calling partner's onward sharing requests")
    public Uni<PartnerOnwardRequestView> onwardRequest(@PathParam("id") UUID id) {
        return onward.findOwn(id, Caller.of(identity).requirePartnerId()).map(PartnerOnwardRequestView::of);
    }

    @GET
    @Path("/notifications")
    @Operation(summary = "Poll the calling partner's withdrawal notifications (P6.8); open=true for unanswered only")
    public Uni<Page<NotificationView>> notifications(@QueryParam("open") @DefaultValue("false") boolean open,
                                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                     @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        var filter = new NotificationFilter(Optional.of(Caller.of(identity).requirePartnerId()),
                Optional.empty(), open, false);
        return notifications.list(filter, page, size).map(found -> found.map(NotificationView::of));
    }

    @GET
    @Path("/notifications/{id}")
    @Operation(summary = "One of the calling partner's withdrawal notifications")
    public Uni<NotificationView> notification(@PathParam("id") UUID id) {
        return notifications.findOwn(id, Caller.of(identity).requirePartnerId()).map(NotificationView::of);
    }

    @POST
    @Path("/notifications/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the reassessment: ceased (deleted or returned), or continuing under a named lawful condition with a justification (P6.8); emits recipient-acknowledged")
    public Uni<NotificationView> answer(@PathParam("id") UUID id, @Valid @NotNull AnswerRequest body) {
        Caller caller = Caller.of(identity);
        RecipientAnswer answer = body.answer();
        return notifications.answer(id, caller.requirePartnerId(), answer, caller.actorId()).map(NotificationView::of);
    }
}
