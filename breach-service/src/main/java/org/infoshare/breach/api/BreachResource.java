package org.infoshare.breach.api;

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
import org.infoshare.breach.domain.Breach;
import org.infoshare.breach.domain.BreachStatus;
import org.infoshare.breach.domain.Certainty;
import org.infoshare.breach.domain.PartnerWindow;
import org.infoshare.breach.domain.Reporter;
import org.infoshare.breach.service.BreachReportService;
import org.infoshare.messaging.access.PersonalDataReads;
import org.infoshare.web.Caller;
import org.infoshare.web.Contracts;
import org.infoshare.web.IdempotencyKeys;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;
import org.infoshare.web.PersonalData;
import org.infoshare.web.Roles;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/breaches")
@Tag(name = "Breaches")
@Produces(MediaType.APPLICATION_JSON)
public class BreachResource {

    private final BreachReportService service;
    private final SecurityIdentity identity;
    private final IdempotencyKeys idempotency;
    private final PersonalDataReads reads;
    private final Contracts contracts;

    public BreachResource(BreachReportService service, SecurityIdentity identity, IdempotencyKeys idempotency,
                          PersonalDataReads reads, Contracts contracts) {
        this.contracts = contracts;
        this.service = service;
        this.identity = identity;
        this.idempotency = idempotency;
        this.reads = reads;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DPO, Roles.PARTNER})
    @Operation(summary = "Report a suspected or confirmed breach (P14.1)")
    public Uni<Response> report(@Valid @NotNull ReportBreachRequest request, UriInfo uri,
                                @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Optional<PartnerWindow> window = Optional.ofNullable(request.window())
                .map(w -> new PartnerWindow(w.partnerId(), w.from(), w.to()));
        BreachReportService.NewReport report = new BreachReportService.NewReport(
                Optional.ofNullable(request.certainty()).orElse(Certainty.SUSPECTED), request.summary(),
                request.discoveredHow(), request.occurredAt(), request.awareAt(), request.cyberIncident(),
                request.dataCategories(), Optional.ofNullable(request.releaseIds()).orElse(List.of()), window,
                contracts.resolve(request.contractId()).id());
        // Partner systems retry on timeouts: the same key and body report the breach once.
        return idempotency.run(idempotencyKey, Caller.of(identity), "report-breach", request,
                () -> service.report(report, reporter()).map(saved -> IdempotencyKeys.Answer.created(
                        uri.getAbsolutePathBuilder().path(saved.id().toString()).build(),
                        BreachView.of(new Breach(saved, BreachStatus.open()), service.now(), List.of()))));
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.DPO, Roles.PARTNER})
    @Operation(summary = "List breaches, newest first, optionally of one contract, each with its ICO clock; a partner sees only its own")
    public Uni<Page<BreachView>> list(@QueryParam("contractId") @Size(max = 64) String contractId,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return service.list(partnerScope(), Optional.ofNullable(contracts.filter(contractId)), page, size)
                .map(found -> found.map(breach -> BreachView.of(breach, service.now(), List.of())));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.DPO, Roles.PARTNER})
    @Operation(summary = "One breach with its ICO clock and escalations; a partner sees only its own")
    public Uni<BreachView> get(@PathParam("id") UUID id) {
        return service.find(id, partnerScope())
                .map(found -> found.map(d -> BreachView.of(d.breach(), service.now(), d.escalations()))
                        .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No breach report " + id)));
    }

    @GET
    @Path("/{id}/affected")
    @PersonalData
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "The people (subject ids) and partners a breach affects, traced from the releases (P14.1)")
    public Uni<AffectedView> affected(@PathParam("id") UUID id) {
        // P6.1: the list names people; each one read is recorded, all in one outbox append
        return reads.recorded(Caller.of(identity).reader(), "breach-affected-trace",
                () -> service.affected(id).map(AffectedView::of),
                view -> view.subjectIds().stream()
                        .map(subject -> new PersonalDataReads.Seen(subject, "breach/" + id + "/affected")).toList());
    }

    private Reporter reporter() {
        Caller caller = Caller.of(identity);
        if (caller.hasRole(Roles.DPO)) {
            return new Reporter(caller.actorId(), Reporter.Kind.DPO, Optional.empty());
        }
        if (caller.hasRole(Roles.STAFF)) {
            return new Reporter(caller.actorId(), Reporter.Kind.STAFF, Optional.empty());
        }
        return new Reporter(caller.actorId(), Reporter.Kind.PARTNER, Optional.of(caller.requirePartnerId()));
    }

    /** Staff and the DPO see every report; a partner only those it made. */
    private Optional<String> partnerScope() {
        Caller caller = Caller.of(identity);
        if (caller.hasRole(Roles.STAFF) || caller.hasRole(Roles.DPO)) {
            return Optional.empty();
        }
        return Optional.of(caller.requirePartnerId());
    }
}
