package org.infoshare.breach.api;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.breach.service.NoticeService;
import org.infoshare.messaging.access.PersonalDataReads;
import org.infoshare.web.Caller;
import org.infoshare.web.Page;
import org.infoshare.web.PersonalData;
import org.infoshare.web.Roles;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@PersonalData
@Path("/api/v1/breaches/{id}/notices")
@Tag(name = "Breaches")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

    private final NoticeService service;
    private final PersonalDataReads reads;
    private final SecurityIdentity identity;

    public NoticeResource(NoticeService service, PersonalDataReads reads, SecurityIdentity identity) {
        this.service = service;
        this.reads = reads;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Prepare a notice for every affected person of an assessed breach, at any risk level; "
            + "required at high risk (P14.3, Art. 34); each is requested from consent-service "
            + "(breach-notice-requested), which addresses and sends it")
    public Uni<Response> prepare(@PathParam("id") UUID id, @Valid @NotNull PrepareNoticesRequest request) {
        return service.prepare(id, request.advice(), request.supportOffered(),
                        Optional.ofNullable(request.preferredChannel()))
                .map(done -> Response.status(Response.Status.CREATED)
                        .entity(Map.of("prepared", done.prepared(), "required", done.required())).build());
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "The notices of a breach, by subject id, with their sent status or why they could not be sent")
    public Uni<Page<NoticeView>> list(@PathParam("id") UUID id,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        // P6.1: a notice is addressed to a person; every person on the page is recorded as read
        return reads.recorded(Caller.of(identity).reader(), "breach-notice-review",
                () -> service.list(id, page, size).map(found -> found.map(NoticeView::of)),
                found -> found.items().stream()
                        .map(n -> new PersonalDataReads.Seen(n.subjectId(), "breach-notice/" + n.id())).toList());
    }

    @POST
    @Path("/{noticeId}/sent")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "Record by hand that a notice was sent (P14.3), e.g. in person after a failed dispatch; "
            + "emits individuals-notified")
    public Uni<NoticeView> sent(@PathParam("id") UUID id, @PathParam("noticeId") UUID noticeId,
                                @Valid @NotNull MarkNoticeSentRequest request) {
        return service.markSent(id, noticeId, request.channel(), Optional.ofNullable(request.sentAt()))
                .map(NoticeView::of);
    }
}
