package org.infoshare.breach.api;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.breach.config.BreachSettings;
import org.infoshare.breach.service.IcoReportService;
import org.infoshare.web.Caller;
import org.infoshare.web.Roles;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/breaches/{id}/ico-reports")
@Tag(name = "Breaches")
@Produces(MediaType.APPLICATION_JSON)
public class IcoReportResource {

    private final IcoReportService service;
    private final SecurityIdentity identity;
    private final Template printable;
    private final String contactPoint;

    public IcoReportResource(IcoReportService service, SecurityIdentity identity,
                             @Location("ico-report.html") Template printable, BreachSettings settings) {
        this.service = service;
        this.identity = identity;
        this.printable = printable;
        this.contactPoint = settings.contactPoint();
    }

    @GET
    @Path("/draft")
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "The ICO report pre-filled from the breach, the traced numbers, the assessment and actions")
    public Uni<IcoDraftView> draft(@PathParam("id") UUID id) {
        return service.draft(id).map(d -> new IcoDraftView(d.deadline(), d.lateIfReportedNow(), contactPoint,
                d.content()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Record an initial or follow-up report to the ICO (P14.2); emits breach-reported")
    public Uni<Response> report(@PathParam("id") UUID id, @Valid @NotNull IcoReportRequest r, UriInfo uri) {
        IcoReportService.NewIcoReport request = new IcoReportService.NewIcoReport(r.kind(),
                Optional.ofNullable(r.icoReference()), Optional.ofNullable(r.delayReasons()),
                Optional.ofNullable(r.categoriesOfPeople()), Optional.ofNullable(r.approximateSubjects()),
                Optional.ofNullable(r.categoriesOfData()), Optional.ofNullable(r.approximateRecords()),
                Optional.ofNullable(r.likelyConsequences()), Optional.ofNullable(r.measuresTaken()),
                Optional.ofNullable(r.measuresProposed()));
        return service.report(id, request, Caller.of(identity).actorId())
                .map(saved -> Response.created(uri.getAbsolutePathBuilder().path(saved.id().toString()).build())
                        .entity(IcoReportView.of(saved, contactPoint)).build());
    }

    @GET
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "The reports made to the ICO for a breach, oldest first")
    public Uni<List<IcoReportView>> list(@PathParam("id") UUID id) {
        return service.list(id).map(found -> found.stream().map(r -> IcoReportView.of(r, contactPoint)).toList());
    }

    @GET
    @Path("/{reportId}")
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "One ICO report, exported as JSON")
    public Uni<IcoReportView> get(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId) {
        return service.find(id, reportId).map(r -> IcoReportView.of(r, contactPoint));
    }

    @GET
    @Path("/{reportId}/print")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "One ICO report as a printable HTML page")
    public Uni<String> print(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId) {
        return service.find(id, reportId)
                .chain(r -> printable.data("report", PrintableIcoReport.of(r, contactPoint)).createUni());
    }
}
