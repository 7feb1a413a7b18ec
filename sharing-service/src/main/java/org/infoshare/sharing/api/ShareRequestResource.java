package org.infoshare.sharing.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.events.vocabulary.ShareBasis;
import org.infoshare.events.vocabulary.ShareOutcome;
import org.infoshare.messaging.access.PersonalDataReads;
import org.infoshare.sharing.domain.LawfulCondition;
import org.infoshare.sharing.domain.ShareRequest;
import org.infoshare.sharing.service.ShareDecisionService;
import org.infoshare.web.Caller;
import org.infoshare.web.Contracts;
import org.infoshare.web.IdempotencyKeys;
import org.infoshare.web.Page;
import org.infoshare.web.PersonalData;
import org.infoshare.web.Roles;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Share requests and their decisions (P1.4, P2.1, P6.2, P6.3, P6.7, P8.1, P9.1). */
@PersonalData
@Path("/api/v1/share-requests")
@Tag(name = "Share requests")
@Produces(MediaType.APPLICATION_JSON)
public class ShareRequestResource {

    private final ShareDecisionService shares;
    private final SecurityIdentity identity;
    private final IdempotencyKeys idempotency;
    private final Clock clock;
    private final PersonalDataReads reads;
    private final Contracts contracts;

    public ShareRequestResource(ShareDecisionService shares, SecurityIdentity identity, IdempotencyKeys idempotency,
                                Clock clock, PersonalDataReads reads, Contracts contracts) {
        this.contracts = contracts;
        this.shares = shares;
        this.identity = identity;
        this.idempotency = idempotency;
        this.clock = clock;
        this.reads = reads;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "Request a share and have it decided at once; emits share-requested and share-decided; honours Idempotency-Key")
    public Uni<Response> request(@Valid @NotNull ShareRequestBody body, UriInfo uri,
                                 @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Caller caller = Caller.of(identity);
        ShareRequest request = new ShareRequest(UUID.randomUUID(), Optional.ofNullable(body.subjectId()), body.partnerId(),
                body.purpose(), body.dataCategories().stream().distinct().toList(), body.identifiable(),
                Optional.ofNullable(body.identifiableReason()).filter(s -> !s.isBlank()), body.basis(),
                Optional.ofNullable(body.consentId()), Optional.ofNullable(body.legalReference()).filter(s -> !s.isBlank()),
                Optional.ofNullable(body.proportionality()), Optional.ofNullable(body.sensitivity()),
                caller.actorId(), clock.instant(), body.payload().toDomain(), condition(body))
                .withContract(contracts.resolve(body.contractId()).id());
        return idempotency.run(idempotencyKey, caller, "request-share", body,
                () -> shares.request(request).map(decided -> IdempotencyKeys.Answer.created(
                        uri.getAbsolutePathBuilder().path(decided.request().id().toString()).build(),
                        ShareRequestView.of(decided))));
    }

    /**
     * P4.1: the condition as named. Under consent an Art. 9(2) condition alone rests on Art. 6(1)(a);
     * otherwise one without its Art. 6(1) basis names none, and the engine refuses the share.
     */
    private static Optional<LawfulCondition> condition(ShareRequestBody body) {
        if (body.lawfulBasis() != null) {
            return Optional.of(new LawfulCondition(body.lawfulBasis(), Optional.ofNullable(body.article9Condition())));
        }
        if (body.article9Condition() != null && body.basis() == ShareBasis.CONSENT) {
            return Optional.of(new LawfulCondition(LawfulBasis.A, Optional.of(body.article9Condition())));
        }
        return Optional.empty();
    }

    @POST
    @Path("/{id}/dpo-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "The DPO approves or refuses a share awaiting them, with a written justification (P2.1, P6.3)")
    public Uni<ShareRequestView> dpoDecision(@PathParam("id") UUID id, @Valid @NotNull DpoDecisionRequest body) {
        return shares.dpoDecision(id, body.approve(), body.justification().strip(), Caller.of(identity).actorId())
                .map(ShareRequestView::of);
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "Share requests, newest first, optionally by outcome (the DPO's queue: outcome=AWAITING_DPO) "
            + "by person (subjectId) and by contract (contractId); every person listed is recorded as read (P6.1)")
    public Uni<Page<ShareRequestView>> list(@QueryParam("outcome") ShareOutcome outcome,
                                            @QueryParam("subjectId") @Pattern(regexp = "[A-Za-z0-9-]{8,64}",
                                                    message = "must be a pseudonymous subject id") String subjectId,
                                            @QueryParam("contractId") @Size(max = 64) String contractId,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        // P6.1: every person on the page is recorded as read
        return reads.recorded(Caller.of(identity).reader(), "share-review",
                () -> shares.list(Optional.ofNullable(outcome), Optional.ofNullable(subjectId),
                        Optional.ofNullable(contracts.filter(contractId)), page, size)
                        .map(found -> found.map(ShareRequestView::of)),
                found -> SeenViews.seen(found.items(), ShareRequestView::subjectId, v -> "share-request/" + v.id()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "One share request with its decision")
    public Uni<ShareRequestView> get(@PathParam("id") UUID id) {
        return reads.recorded(Caller.of(identity).reader(), "share-review",
                () -> shares.find(id).map(ShareRequestView::of),
                view -> SeenViews.seen(view.subjectId(), "share-request/" + id));
    }
}
