package org.infoshare.consent.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.consent.domain.FoiRequest;
import org.infoshare.consent.service.FoiLogService;
import org.infoshare.web.Caller;
import org.infoshare.web.Page;
import org.infoshare.web.IdempotencyKeys;
import org.infoshare.web.Roles;

import java.time.Instant;
import java.util.UUID;

/** The FOI log (P12.1). */
@Path("/api/v1/foi-requests")
@Tag(name = "FOI log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.DPO, Roles.CHIEF_EXECUTIVE})
public class FoiRequestResource {

    private final FoiLogService log;
    private final SecurityIdentity identity;
    private final IdempotencyKeys idempotency;

    public FoiRequestResource(FoiLogService log, SecurityIdentity identity, IdempotencyKeys idempotency) {
        this.log = log;
        this.identity = identity;
        this.idempotency = idempotency;
    }

    /** A received FOI request and its hand-over to the responsible council. */
    public record LogFoiRequest(@NotNull @PastOrPresent Instant receivedAt,
                                @NotBlank @Size(max = 2000) String summary,
                                @NotNull FoiRequest.Council council,
                                @NotNull @PastOrPresent Instant handedOverAt) {
    }

    public record FoiRequestView(UUID id, Instant receivedAt, String summary, String council, Instant handedOverAt) {

        static FoiRequestView of(FoiRequest r) {
            return new FoiRequestView(r.id(), r.receivedAt(), r.summary(), r.council().name(), r.handedOverAt());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log an FOI request and which council it was handed to, when (P12.1)")
    public Uni<Response> record(@Valid @NotNull LogFoiRequest request,
                                @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Caller caller = Caller.of(identity);
        return idempotency.run(idempotencyKey, caller, "log-foi-request", request,
                () -> log.record(request.receivedAt(), request.summary(), request.council(), request.handedOverAt(),
                        caller.actorId()).map(saved -> new IdempotencyKeys.Answer(201, FoiRequestView.of(saved), null)));
    }

    @GET
    @Operation(summary = "The FOI log, newest first")
    public Uni<Page<FoiRequestView>> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return log.newestFirst(page, size).map(found -> found.map(FoiRequestView::of));
    }
}
