package org.infoshare.consent.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.consent.domain.NoticeDispatch;
import org.infoshare.consent.service.BreachNoticeService;
import org.infoshare.web.Caller;
import org.infoshare.web.Page;
import org.infoshare.web.PersonalData;
import org.infoshare.web.Roles;

import java.util.Optional;
import java.util.UUID;

/**
 * P14.3: the breach notice dispatch queue, the hand-off to the print and mail channel. Listing
 * shows no content; reading one merged notice needs a purpose and is recorded (P6.1).
 */
@PersonalData
@Path("/api/v1/breach-notices")
@Tag(name = "Breach notices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.DPO})
public class BreachNoticeResource {

    private final BreachNoticeService notices;
    private final SecurityIdentity identity;

    public BreachNoticeResource(BreachNoticeService notices, SecurityIdentity identity) {
        this.notices = notices;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The dispatch queue, newest first: notice, breach, subject id, channel or failure reason; no content")
    public Uni<Page<NoticeDispatchView>> list(@QueryParam("status") NoticeDispatch.Status status,
                                              @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                              @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return notices.list(Optional.ofNullable(status), page, size).map(found -> found.map(NoticeDispatchView::of));
    }

    @GET
    @Path("/{noticeId}")
    @Operation(summary = "One merged notice (name, address or e-mail, text) to print or send; "
            + "the purpose is required and the read is recorded (P6.1)")
    public Uni<MergedNoticeView> read(@PathParam("noticeId") UUID noticeId,
                                      @QueryParam("purpose") @NotBlank @Size(max = 200) String purpose) {
        Caller caller = Caller.of(identity);
        return notices.read(noticeId, caller.actorId(), caller.primaryRole(), purpose).map(MergedNoticeView::of);
    }
}
