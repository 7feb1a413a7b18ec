package org.infoshare.dashboard.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;

/**
 * breach-service's endpoints for the DPO's decisions on one breach (P14.2): the risk assessment and
 * the report to the ICO. Called with the DPO's own access token.
 */
@RegisterRestClient(configKey = "breach-service")
@RegisterProvider(UserTokenPropagation.class)
@Path("/api/v1/breaches/{id}")
public interface BreachDecisionClient {

    @GET
    BreachDetail breach(@PathParam("id") String id);

    @GET
    @Path("/assessments")
    List<Assessment> assessments(@PathParam("id") String id);

    @POST
    @Path("/assessments")
    Assessment assess(@PathParam("id") String id, Assess assessment);

    @GET
    @Path("/ico-reports/draft")
    IcoDraft draft(@PathParam("id") String id);

    @GET
    @Path("/ico-reports")
    List<IcoReport> reports(@PathParam("id") String id);

    @POST
    @Path("/ico-reports")
    IcoReport report(@PathParam("id") String id, NewIcoReport report);

    @GET
    @Path("/ico-reports/{reportId}")
    IcoReport report(@PathParam("id") String id, @PathParam("reportId") String reportId);

    /** One breach (the API's {@code BreachView}) as the DPO's pages show it. */
    @io.quarkus.qute.TemplateData
    record BreachDetail(String id, String reporterKind, String reporterPartnerId, String certainty, String summary,
                        String discoveredHow, Instant occurredAt, Instant awareAt, boolean cyberIncident,
                        List<String> dataCategories, Instant reportedAt, String state, String riskLevel,
                        Instant icoReportedAt, Instant closedAt, BreachClient.Clock clock, String contractId) {
    }

    /** The assessment the DPO sends: likelihood, severity, the factors weighed, consequences and reasons. */
    record Assess(String likelihood, String severity, List<String> factors, String consequences, String reasons) {
    }

    /** An assessment with the decision it leads to (whether to report to the ICO and to tell people). */
    @io.quarkus.qute.TemplateData
    record Assessment(String id, String likelihood, String severity, List<String> factors, String consequences,
                      String reasons, String riskLevel, boolean reportToIco, boolean notifyIndividuals,
                      String assessedBy, Instant assessedAt) {
    }

    /** The pre-filled ICO report and whether a report made now would be late. */
    @io.quarkus.qute.TemplateData
    record IcoDraft(Instant icoDeadline, boolean lateIfReportedNow, String contactPoint, IcoContent content) {
    }

    /** What a report to the ICO says (Art. 33(3) and the ICO form's fields). */
    @io.quarkus.qute.TemplateData
    record IcoContent(String whatHappened, String howDiscovered, Instant occurredAt, Instant awareAt,
                      boolean cyberIncident, List<String> categoriesOfPeople, int approximateSubjects,
                      List<String> categoriesOfData, int approximateRecords, List<String> recipientsInvolved,
                      String riskLevel, String likelyConsequences, String measuresTaken, String measuresProposed,
                      String individualsTold) {
    }

    /** A report made to the ICO (the API's {@code IcoReportView}). */
    @io.quarkus.qute.TemplateData
    record IcoReport(String id, String breachId, String kind, boolean late, String delayReasons, String icoReference,
                     Instant icoDeadline, String contactPoint, IcoContent content, String reportedBy,
                     Instant reportedAt) {
    }

    /** A report to make: a content field left null keeps the value pre-filled from the breach. */
    record NewIcoReport(String kind, String icoReference, String delayReasons, List<String> categoriesOfPeople,
                        Integer approximateSubjects, List<String> categoriesOfData, Integer approximateRecords,
                        String likelyConsequences, String measuresTaken, String measuresProposed) {
    }
}
