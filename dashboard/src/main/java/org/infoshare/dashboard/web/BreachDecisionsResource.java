package org.infoshare.dashboard.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.infoshare.dashboard.client.BreachDecisionClient;
import org.infoshare.dashboard.service.BreachDecisionService;
import org.infoshare.dashboard.service.BreachDecisionService.AssessmentForm;
import org.infoshare.dashboard.service.BreachDecisionService.IcoReportForm;
import org.infoshare.dashboard.service.OverviewService;
import org.infoshare.dashboard.service.ServiceRefusal;

import java.util.List;

/**
 * The DPO's decisions on breaches (P14.2): the open breaches with their 72-hour ICO clock, one
 * breach with its risk assessment form, the ICO report pre-filled by breach-service to check and
 * send, and each report made as a printable page. Every form posts, then redirects to a page that
 * shows the result (POST-redirect-GET); a refusal re-shows the form as filled in, with the reason.
 */
@Path("/breaches")
@RolesAllowed(Viewer.DPO)
@Produces(MediaType.TEXT_HTML)
public class BreachDecisionsResource {

    private final SecurityIdentity identity;
    private final BreachDecisionService breaches;
    private final OverviewService overview;
    private final Template list;
    private final Template breach;
    private final Template icoForm;
    private final Template icoReport;

    public BreachDecisionsResource(SecurityIdentity identity, BreachDecisionService breaches, OverviewService overview,
                                   @Location("dpo/breaches.html") Template list,
                                   @Location("dpo/breach.html") Template breach,
                                   @Location("dpo/ico-form.html") Template icoForm,
                                   @Location("dpo/ico-report.html") Template icoReport) {
        this.identity = identity;
        this.breaches = breaches;
        this.overview = overview;
        this.list = list;
        this.breach = breach;
        this.icoForm = icoForm;
        this.icoReport = icoReport;
    }

    @GET
    public TemplateInstance list() {
        return list.data("viewer", Viewer.of(identity)).data("title", "Breaches").data("panel", overview.openBreaches());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance breach(@PathParam("id") String id, @QueryParam("assessed") boolean assessed) {
        return breachPage(id, new AssessmentForm("", "", "", "", ""), null).data("assessed", assessed);
    }

    @POST
    @Path("/{id}/assessment")
    public Response assess(@PathParam("id") String id, @FormParam("likelihood") String likelihood,
                           @FormParam("severity") String severity, @FormParam("factors") String factors,
                           @FormParam("consequences") String consequences, @FormParam("reasons") String reasons) {
        AssessmentForm form = new AssessmentForm(likelihood, severity, factors, consequences, reasons);
        ServiceRefusal.Result<BreachDecisionClient.Assessment> result = breaches.assess(id, form);
        if (result.refused()) {
            return html(result.status(), breachPage(id, form, result.refusal()).data("assessed", false));
        }
        return Response.seeOther(UriBuilder.fromPath("/breaches/{id}").queryParam("assessed", true).build(id)).build();
    }

    @GET
    @Path("/{id}/ico-report")
    public TemplateInstance icoForm(@PathParam("id") String id) {
        ServiceRefusal.Result<BreachDecisionClient.IcoDraft> draft = breaches.draft(id);
        IcoReportForm form = draft.refused() ? null
                : IcoReportForm.of(draft.value(), !breaches.reports(id).isEmpty());
        return icoFormPage(id, draft, form, null);
    }

    @POST
    @Path("/{id}/ico-report")
    public Response report(@PathParam("id") String id, @FormParam("kind") String kind,
                           @FormParam("icoReference") String icoReference, @FormParam("delayReasons") String delayReasons,
                           @FormParam("categoriesOfPeople") String categoriesOfPeople,
                           @FormParam("approximateSubjects") String approximateSubjects,
                           @FormParam("categoriesOfData") String categoriesOfData,
                           @FormParam("approximateRecords") String approximateRecords,
                           @FormParam("likelyConsequences") String likelyConsequences,
                           @FormParam("measuresTaken") String measuresTaken,
                           @FormParam("measuresProposed") String measuresProposed) {
        IcoReportForm form = new IcoReportForm(kind, icoReference, delayReasons, categoriesOfPeople,
                approximateSubjects, categoriesOfData, approximateRecords, likelyConsequences, measuresTaken,
                measuresProposed);
        ServiceRefusal.Result<BreachDecisionClient.IcoReport> result = breaches.report(id, form);
        if (result.refused()) {
            return html(result.status(), icoFormPage(id, breaches.draft(id), form, result.refusal()));
        }
        return Response.seeOther(UriBuilder.fromPath("/breaches/{id}/ico-reports/{reportId}")
                .queryParam("made", true).build(id, result.value().id())).build();
    }

    /** One report made to the ICO, laid out to print (the page's print stylesheet drops the navigation). */
    @GET
    @Path("/{id}/ico-reports/{reportId}")
    public TemplateInstance printable(@PathParam("id") String id, @PathParam("reportId") String reportId,
                                      @QueryParam("made") boolean made) {
        return icoReport.data("viewer", Viewer.of(identity)).data("title", "ICO report")
                .data("breach", breaches.breach(id)).data("report", breaches.report(id, reportId)).data("made", made);
    }

    private TemplateInstance breachPage(String id, AssessmentForm form, String refusal) {
        List<BreachDecisionClient.Assessment> assessments = breaches.assessments(id);
        return breach.data("viewer", Viewer.of(identity)).data("title", "Breach")
                .data("breach", breaches.breach(id)).data("assessments", assessments)
                .data("latest", assessments.isEmpty() ? null : assessments.get(0))
                .data("reports", breaches.reports(id)).data("form", form).data("refusal", refusal);
    }

    private TemplateInstance icoFormPage(String id, ServiceRefusal.Result<BreachDecisionClient.IcoDraft> draft,
                                         IcoReportForm form, String refusal) {
        return icoForm.data("viewer", Viewer.of(identity)).data("title", "Report to the ICO")
                .data("breach", breaches.breach(id)).data("draft", draft.value()).data("unavailable", draft.refusal())
                .data("form", form).data("refusal", refusal);
    }

    static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }
}
