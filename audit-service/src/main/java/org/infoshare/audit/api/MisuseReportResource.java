package org.infoshare.audit.api;

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
import org.infoshare.audit.domain.misuse.ReportStatus;
import org.infoshare.audit.service.MisuseReports;
import org.infoshare.web.Caller;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;
import org.infoshare.web.Roles;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** P15.2: the DPO's reports of unusual access to personal data. */
@Path("/api/v1/misuse-reports")
@Tag(name = "Misuse reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DPO)
public class MisuseReportResource {

    private final MisuseReports reports;
    private final SecurityIdentity identity;

    public MisuseReportResource(MisuseReports reports, SecurityIdentity identity) {
        this.reports = reports;
        this.identity = identity;
    }

    /** One report with the reads behind it, from the trail. */
    public record Details(MisuseReportView report, List<MisuseReports.ReportRead> reads) {
    }

    @GET
    @Operation(summary = "Misuse reports of one status (default open), newest first")
    public Uni<Page<MisuseReportView>> list(@QueryParam("status") @DefaultValue("OPEN") String status,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return reports.list(status(status), page, size).map(found -> found.map(MisuseReportView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One misuse report with the reads behind it (trail entries, a page at a time)")
    public Uni<Details> get(@PathParam("id") UUID id,
                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                            @QueryParam("size") @DefaultValue("500") @Min(1) @Max(5000) int size) {
        return reports.find(id).chain(report -> reports.reads(id, page, size)
                .map(reads -> new Details(MisuseReportView.of(report), reads)));
    }

    @POST
    @Path("/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dismiss an open report with a reason; emits misuse-dismissed")
    public Uni<MisuseReportView> dismiss(@PathParam("id") UUID id, @Valid @NotNull MisuseDecisionRequest request) {
        return reports.dismiss(id, Caller.of(identity).actorId(), request.reason()).map(MisuseReportView::of);
    }

    @POST
    @Path("/{id}/escalate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Escalate an open report to a suspected breach (breach-service, through misuse-escalated)")
    public Uni<MisuseReportView> escalate(@PathParam("id") UUID id, @Valid @NotNull MisuseDecisionRequest request) {
        return reports.escalate(id, Caller.of(identity).actorId(), request.reason()).map(MisuseReportView::of);
    }

    private static ReportStatus status(String value) {
        try {
            return ReportStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "status is one of OPEN, DISMISSED, ESCALATED");
        }
    }
}
