package org.infoshare.consent.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.infoshare.consent.domain.Capture;
import org.infoshare.consent.domain.ConsentScope;
import org.infoshare.consent.domain.ConsentState;
import org.infoshare.consent.domain.ProxyAuthority;
import org.infoshare.consent.domain.ProxyIdentity;
import org.infoshare.consent.domain.Withdrawal;
import org.infoshare.consent.service.ConsentService;
import org.infoshare.web.Caller;
import org.infoshare.web.Contracts;
import org.infoshare.web.Page;
import org.infoshare.web.IdempotencyKeys;
import org.infoshare.web.PersonalData;
import org.infoshare.web.Roles;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Consents: given, withdrawn, re-confirmed, each an explicit recorded act. */
@PersonalData
@Path("/api/v1/consents")
@Tag(name = "Consents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.DPO})
public class ConsentResource {

    private final ConsentService consents;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final IdempotencyKeys idempotency;
    private final Contracts contracts;

    public ConsentResource(ConsentService consents, SecurityIdentity identity, Clock clock, IdempotencyKeys idempotency,
                           Contracts contracts) {
        this.consents = consents;
        this.contracts = contracts;
        this.identity = identity;
        this.clock = clock;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an informed, explicit consent (P6.5, P6.6, P6.9); emits consent-given")
    public Uni<Response> give(@Valid @NotNull GiveConsentRequest request, UriInfo uri,
                              @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        ConsentService.NewConsent consent = new ConsentService.NewConsent(request.subjectId(),
                new ConsentScope(request.purposes(), request.dataCategories(), request.recipientPartnerIds(),
                        request.recipientPartnerKinds()),
                request.handling(), request.lawfulBasis(), Optional.ofNullable(request.article9Condition()),
                capture(request.capture()), request.informationSheetId(),
                Optional.ofNullable(request.reconfirmAfterDays()), Optional.ofNullable(request.expiresAt()),
                Optional.ofNullable(request.proxy()).map(p -> new ProxyAuthority(p.kind(), p.reference(), p.scope(),
                        p.expiresAt())),
                Optional.ofNullable(request.proxy()).map(p -> new ProxyIdentity(p.identity().givenName(),
                        p.identity().familyName(), p.identity().relationship(),
                        Optional.ofNullable(p.identity().contact()))),
                contracts.resolve(request.contractId()).id());
        return idempotency.run(idempotencyKey, Caller.of(identity), "give-consent", request,
                () -> consents.give(consent).map(saved -> IdempotencyKeys.Answer.created(
                        uri.getAbsolutePathBuilder().path(saved.id().toString()).build(), ConsentView.of(saved))));
    }

    @GET
    @Operation(summary = "Consents, newest first, by subject, state and contract")
    public Uni<Page<ConsentView>> list(@QueryParam("subjectId") String subjectId,
                                       @QueryParam("state") ConsentState state,
                                       @QueryParam("contractId") @Size(max = 64) String contractId,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return consents.list(Optional.ofNullable(subjectId), Optional.ofNullable(state),
                        Optional.ofNullable(contracts.filter(contractId)), page, size)
                .map(found -> found.map(ConsentView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One consent")
    public Uni<ConsentView> get(@PathParam("id") UUID id) {
        return consents.find(id).map(ConsentView::of);
    }

    @POST
    @Path("/{id}/withdrawals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a withdrawal, whole or partial, by any channel (P6.8); emits consent-withdrawn with its exact scope")
    public Uni<Response> withdraw(@PathParam("id") UUID id, @Valid @NotNull WithdrawConsentRequest request,
                                  @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Withdrawal withdrawal = new Withdrawal(request.whole(), orEmpty(request.purposes()),
                orEmpty(request.recipientPartnerIds()), orEmpty(request.recipientPartnerKinds()), request.channel(),
                Caller.of(identity).actorId(),
                request.withdrawnAt() == null ? clock.instant() : request.withdrawnAt(), request.notes());
        return idempotency.run(idempotencyKey, Caller.of(identity), "withdraw-consent " + id, request,
                () -> consents.withdraw(id, withdrawal).map(outcome -> IdempotencyKeys.Answer.ok(
                        Map.of("changed", outcome.changed(), "consent", ConsentView.of(outcome.consent())))));
    }

    @POST
    @Path("/{id}/reconfirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the person's explicit re-confirmation (P6.6); emits consent-reconfirmed")
    public Uni<Response> reconfirm(@PathParam("id") UUID id, @Valid @NotNull ReconfirmConsentRequest request,
                                   @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return idempotency.run(idempotencyKey, Caller.of(identity), "reconfirm-consent " + id, request,
                () -> consents.reconfirm(id, capture(request.capture()))
                        .map(saved -> IdempotencyKeys.Answer.ok(ConsentView.of(saved))));
    }

    private Capture capture(GiveConsentRequest.CaptureRequest capture) {
        return new Capture(capture.channel(), Caller.of(identity).actorId(), capture.takenAt(), capture.witness(),
                capture.notes(), capture.evidenceReference());
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
