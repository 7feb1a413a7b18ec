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
import org.infoshare.messaging.access.PersonalDataReads;
import org.infoshare.sharing.domain.OnwardRequest;
import org.infoshare.sharing.domain.ReleaseStatus;
import org.infoshare.sharing.domain.NotificationFilter;
import org.infoshare.sharing.service.OnwardSharingService;
import org.infoshare.sharing.service.RecipientNotificationService;
import org.infoshare.sharing.service.ReleaseService;
import org.infoshare.web.Caller;
import org.infoshare.web.Page;
import org.infoshare.web.PersonalData;
import org.infoshare.web.Roles;

import java.util.Optional;
import java.util.UUID;

/**
 * Staff and DPO views of releases, onward sharing requests (decided by the DPO, P10.1) and the
 * propagation of withdrawals to recipients (P6.8).
 */
@PersonalData
@Path("/api/v1")
@Tag(name = "Releases and propagation")
@Produces(MediaType.APPLICATION_JSON)
public class ReleaseResource {

    private final ReleaseService releases;
    private final OnwardSharingService onward;
    private final RecipientNotificationService notifications;
    private final PersonalDataReads reads;
    private final SecurityIdentity identity;

    public ReleaseResource(ReleaseService releases, OnwardSharingService onward,
                           RecipientNotificationService notifications, PersonalDataReads reads,
                           SecurityIdentity identity) {
        this.releases = releases;
        this.onward = onward;
        this.notifications = notifications;
        this.reads = reads;
        this.identity = identity;
    }

    @GET
    @Path("/releases")
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "Releases (recipient records), newest first, by partner and status")
    public Uni<Page<ReleaseView>> releases(@QueryParam("partnerId") String partnerId,
                                           @QueryParam("status") ReleaseStatus status,
                                           @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                           @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        // P6.1: a release names its person; every person on the page is recorded as read
        return reads.recorded(Caller.of(identity).reader(), "release-review",
                () -> releases.list(Optional.ofNullable(partnerId), Optional.ofNullable(status), page, size)
                        .map(found -> found.map(ReleaseView::of)),
                found -> SeenViews.seen(found.items(), ReleaseView::subjectId, v -> "release-record/" + v.id()));
    }

    @GET
    @Path("/releases/{id}")
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "One release's record")
    public Uni<ReleaseView> release(@PathParam("id") UUID id) {
        return reads.recorded(Caller.of(identity).reader(), "release-review",
                () -> releases.find(id).map(ReleaseView::of), view -> SeenViews.seen(view.subjectId(), "release-record/" + id));
    }

    @GET
    @Path("/releases/{id}/secure-email-package")
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "The package of a SECURE_EMAIL release, for the member of staff who sends it to the protocol's named recipient; recorded (P6.1); 409 for another channel (P11.1), 410 once withdrawn or destroyed")
    public Uni<ReleasePackageView> secureEmailPackage(@PathParam("id") UUID id) {
        return reads.recorded(Caller.of(identity).reader(), "secure-email-handover",
                () -> releases.secureEmailPackage(id),
                release -> SeenViews.seen(release.subjectId().orElse(null), "release/" + id))
                .map(ReleasePackageView::of);
    }

    @POST
    @Path("/releases/{id}/secure-email-handover")
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "Record that a SECURE_EMAIL release was sent by secure e-mail to its protocol's named recipient, and by whom: its delivery (P11.1); emits release-delivered; 409 for another channel or a second time, 410 once withdrawn or destroyed")
    public Uni<SecureEmailHandoverView> recordSecureEmail(@PathParam("id") UUID id) {
        return releases.recordSecureEmail(id, Caller.of(identity).actorId()).map(SecureEmailHandoverView::of);
    }

    @GET
    @Path("/onward-requests")
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "Onward sharing requests (the DPO's queue: status=AWAITING_DPO)")
    public Uni<Page<OnwardRequestView>> onwardRequests(@QueryParam("status") OnwardRequest.Status status,
                                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return onward.list(Optional.empty(), Optional.ofNullable(status), page, size)
                .map(found -> found.map(OnwardRequestView::of));
    }

    @POST
    @Path("/onward-requests/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "The DPO's prior written consent to an onward share, or its refusal (P10.1); an approval releases a child to the recipient")
    public Uni<OnwardRequestView> decideOnward(@PathParam("id") UUID id, @Valid @NotNull DpoDecisionRequest body) {
        return onward.decide(id, body.approve(), body.justification().strip(), Caller.of(identity).actorId())
                .map(OnwardRequestView::of);
    }

    @GET
    @Path("/recipient-notifications")
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "Withdrawal propagation: notifications with delivery, answer and escalation (P6.8); filter by partner, release, open or escalated")
    public Uni<Page<PropagationView>> propagation(@QueryParam("partnerId") String partnerId,
                                                  @QueryParam("releaseId") UUID releaseId,
                                                  @QueryParam("open") @DefaultValue("false") boolean open,
                                                  @QueryParam("escalated") @DefaultValue("false") boolean escalated,
                                                  @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                  @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        var filter = new NotificationFilter(Optional.ofNullable(partnerId),
                Optional.ofNullable(releaseId), open, escalated);
        return reads.recorded(Caller.of(identity).reader(), "withdrawal-propagation-review",
                () -> notifications.list(filter, page, size).map(found -> found.map(PropagationView::of)),
                found -> SeenViews.seen(found.items(), PropagationView::subjectId,
                        v -> "recipient-notification/" + v.id()));
    }
}
