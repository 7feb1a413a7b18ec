package org.infoshare.dashboard.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.infoshare.dashboard.client.BreachDecisionClient;
import org.infoshare.dashboard.client.BreachDecisionClient.Assess;
import org.infoshare.dashboard.client.BreachDecisionClient.Assessment;
import org.infoshare.dashboard.client.BreachDecisionClient.IcoReport;
import org.infoshare.dashboard.client.BreachDecisionClient.NewIcoReport;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The DPO's decisions on a breach through breach-service (P14.2): the risk assessment and the
 * report to the ICO. The service judges every input; what it refuses comes back in words, under
 * the labels the forms show, and nothing changes.
 */
@ApplicationScoped
public class BreachDecisionService {

    /** The forms' labels for the API's field names, so a refusal names what the DPO sees. */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("likelihood", "Likelihood of harm"), Map.entry("severity", "Severity of harm"),
            Map.entry("factors", "Factors weighed"), Map.entry("consequences", "Likely consequences"),
            Map.entry("reasons", "Reasons for the decision"), Map.entry("kind", "Kind of report"),
            Map.entry("icoReference", "ICO case reference"), Map.entry("delayReasons", "Reasons for the delay"),
            Map.entry("categoriesOfPeople", "Categories of people"),
            Map.entry("approximateSubjects", "Approximate number of people"),
            Map.entry("categoriesOfData", "Categories of personal data"),
            Map.entry("approximateRecords", "Approximate number of records"),
            Map.entry("likelyConsequences", "Likely consequences"), Map.entry("measuresTaken", "Measures taken"),
            Map.entry("measuresProposed", "Measures proposed"));
    private static final String SERVICE = "breach-service";

    private final BreachDecisionClient breaches;

    public BreachDecisionService(@RestClient BreachDecisionClient breaches) {
        this.breaches = breaches;
    }

    public BreachDecisionClient.BreachDetail breach(String id) {
        return breaches.breach(id);
    }

    /** The assessments, the latest (which decides) first. */
    public List<Assessment> assessments(String id) {
        List<Assessment> latestFirst = new ArrayList<>(breaches.assessments(id));
        Collections.reverse(latestFirst);
        return latestFirst;
    }

    /** The reports made to the ICO, oldest first. */
    public List<IcoReport> reports(String id) {
        return breaches.reports(id);
    }

    public IcoReport report(String id, String reportId) {
        return breaches.report(id, reportId);
    }

    /** The pre-filled report, or breach-service's reason why there is none yet (not assessed, say). */
    public ServiceRefusal.Result<BreachDecisionClient.IcoDraft> draft(String id) {
        try {
            return ServiceRefusal.Result.ok(breaches.draft(id));
        } catch (ClientWebApplicationException e) {
            return ServiceRefusal.of(e, SERVICE, LABELS).failed();
        }
    }

    public ServiceRefusal.Result<Assessment> assess(String id, AssessmentForm form) {
        try {
            return ServiceRefusal.Result.ok(breaches.assess(id, new Assess(blankToNull(form.likelihood()),
                    blankToNull(form.severity()), lines(form.factors()), form.consequences(), form.reasons())));
        } catch (ClientWebApplicationException e) {
            return ServiceRefusal.of(e, SERVICE, LABELS).failed();
        }
    }

    /** Blank fields keep breach-service's pre-filled value; a number that is not one is refused here. */
    public ServiceRefusal.Result<IcoReport> report(String id, IcoReportForm form) {
        Integer subjects;
        Integer records;
        try {
            subjects = number(form.approximateSubjects());
            records = number(form.approximateRecords());
        } catch (NumberFormatException e) {
            return ServiceRefusal.Result.refused(422,
                    "The approximate numbers of people and of records must be whole numbers, such as 12.");
        }
        try {
            return ServiceRefusal.Result.ok(breaches.report(id, new NewIcoReport(blankToNull(form.kind()),
                    blankToNull(form.icoReference()), blankToNull(form.delayReasons()),
                    lines(form.categoriesOfPeople()), subjects, lines(form.categoriesOfData()), records,
                    blankToNull(form.likelyConsequences()), blankToNull(form.measuresTaken()),
                    blankToNull(form.measuresProposed()))));
        } catch (ClientWebApplicationException e) {
            return ServiceRefusal.of(e, SERVICE, LABELS).failed();
        }
    }

    /** One item per non-blank line; none at all is sent as absent. */
    static List<String> lines(String text) {
        if (text == null) {
            return null;
        }
        List<String> items = Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return items.isEmpty() ? null : items;
    }

    private static Integer number(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The assessment form as the DPO filled it in (kept to show again after a refusal). */
    @io.quarkus.qute.TemplateData
    public record AssessmentForm(String likelihood, String severity, String factors, String consequences,
                                 String reasons) {
    }

    /** The ICO report form as the DPO filled it in (kept to show again after a refusal). */
    @io.quarkus.qute.TemplateData
    public record IcoReportForm(String kind, String icoReference, String delayReasons, String categoriesOfPeople,
                                String approximateSubjects, String categoriesOfData, String approximateRecords,
                                String likelyConsequences, String measuresTaken, String measuresProposed) {

        /** The form pre-filled from breach-service's draft. */
        public static IcoReportForm of(BreachDecisionClient.IcoDraft draft, boolean followUp) {
            BreachDecisionClient.IcoContent c = draft.content();
            return new IcoReportForm(followUp ? "FOLLOW_UP" : "INITIAL", "", "",
                    String.join("\n", c.categoriesOfPeople()), String.valueOf(c.approximateSubjects()),
                    String.join("\n", c.categoriesOfData()), String.valueOf(c.approximateRecords()),
                    c.likelyConsequences(), c.measuresTaken(), c.measuresProposed());
        }
    }
}
