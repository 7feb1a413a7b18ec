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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.consent.domain.FoiRequest;
import org.infoshare.consent.service.FoiLogService;
import org.infoshare.web.Caller;
import org.infoshare.web.Contracts;
import org.infoshare.web.Page;
import org.infoshare.web.IdempotencyKeys;
import org.infoshare.web.Roles;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The FOI log (P12.1): requests under their Healthwatch contract, handed to the contract's council. */
@Path("/api/v1/foi-requests")
@Tag(name = "FOI log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.DPO, Roles.CHIEF_EXECUTIVE})
public class FoiRequestResource {

    private final FoiLogService log;
    private final SecurityIdentity identity;
    private final IdempotencyKeys idempotency;
    private final Contracts contracts;

    public FoiRequestResource(FoiLogService log, SecurityIdentity identity, IdempotencyKeys idempotency,
                              Contracts contracts) {
        this.log = log;
        this.identity = identity;
        this.idempotency = idempotency;
        this.contracts = contracts;
    }

    /**
     * A received FOI request, under a contract (the default when absent, 422 when unknown). With
     * {@code handedOverAt} it was already handed to the contract's council then.
     */
    public record LogFoiRequest(@NotNull @PastOrPresent Instant receivedAt,
                                @NotBlank @Size(max = 2000) String summary,
                                @Size(max = 64) String contractId,
                                @PastOrPresent Instant handedOverAt) {
    }

    /** When it was handed to its council; now when absent. */
    public record HandOverFoiRequest(@PastOrPresent Instant handedOverAt) {
    }

    public record FoiRequestView(UUID id, Instant receivedAt, String summary, String contractId, String council,
                                 String councilFoiContact, Instant handedOverAt, String handedOverBy) {

        static FoiRequestView of(FoiRequest r) {
            return new FoiRequestView(r.id(), r.receivedAt(), r.summary(), r.contractId(), r.council(),
                    r.councilFoiContact().orElse(null), r.handedOverAt().orElse(null), r.handedOverBy().orElse(null));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log an FOI request under its contract, with the contract's council (P12.1); with handedOverAt "
            + "it is handed over at once and foi-request-handed-over is emitted")
    public Uni<Response> record(@Valid @NotNull LogFoiRequest request,
                                @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Caller caller = Caller.of(identity);
        var contract = contracts.resolve(request.contractId());
        return idempotency.run(idempotencyKey, caller, "log-foi-request", request,
                () -> log.record(request.receivedAt(), request.summary(), contract,
                        Optional.ofNullable(request.handedOverAt()), caller.actorId())
                        .map(saved -> new IdempotencyKeys.Answer(201, FoiRequestView.of(saved), null)));
    }

    @POST
    @Path("/{id}/hand-over")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the FOI request was handed to the council responsible for its contract (P12.1); "
            + "emits foi-request-handed-over; 409 when already handed over")
    public Uni<FoiRequestView> handOver(@PathParam("id") UUID id, @Valid HandOverFoiRequest request) {
        Optional<Instant> at = Optional.ofNullable(request).map(HandOverFoiRequest::handedOverAt);
        return log.handOver(id, at, Caller.of(identity).actorId()).map(FoiRequestView::of);
    }

    @GET
    @Operation(summary = "The FOI log, newest first, optionally of one contract")
    public Uni<Page<FoiRequestView>> list(@QueryParam("contractId") @Size(max = 64) String contractId,
                                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return log.newestFirst(Optional.ofNullable(contracts.filter(contractId)), page, size)
                .map(found -> found.map(FoiRequestView::of));
    }
}
