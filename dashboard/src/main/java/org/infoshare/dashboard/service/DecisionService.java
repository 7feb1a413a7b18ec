package org.infoshare.dashboard.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.infoshare.dashboard.client.SharingClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

import java.util.ArrayList;
import java.util.List;

/** The DPO's decision on a held share, through sharing-service, and its refusals in words. */
@ApplicationScoped
public class DecisionService {

    private final SharingClient sharing;
    private final OverviewService overview;
    private final ObjectMapper json;

    public DecisionService(@RestClient SharingClient sharing, OverviewService overview, ObjectMapper json) {
        this.sharing = sharing;
        this.overview = overview;
        this.json = json;
    }

    public PanelResult<SharingClient.ShareRequest> awaiting() {
        return overview.awaitingDpo();
    }

    /**
     * Sends the decision. A form without a choice is refused here (the API needs one); everything
     * else, the justification's length included, is the API's to judge.
     */
    public Outcome decide(String shareId, String decision, String justification) {
        if (!"approve".equals(decision) && !"refuse".equals(decision)) {
            return Outcome.refused(422, "Choose whether to approve or refuse the share.");
        }
        try {
            return new Outcome(sharing.decide(shareId,
                    new SharingClient.DpoDecision("approve".equals(decision), justification == null ? "" : justification)),
                    200, null);
        } catch (ClientWebApplicationException e) {
            int status = e.getResponse() == null ? 502 : e.getResponse().getStatus();
            if (status == 401 || status == 403) {
                throw e;
            }
            return Outcome.refused(status, explain(e));
        }
    }

    /** The problem's detail and each field error, as sentences; the rule ids it names. */
    private String explain(ClientWebApplicationException e) {
        try {
            JsonNode problem = json.readTree(e.getResponse().readEntity(String.class));
            List<String> parts = new ArrayList<>();
            if (problem.hasNonNull("detail")) {
                parts.add(problem.get("detail").asText());
            } else if (problem.hasNonNull("title")) {
                parts.add(problem.get("title").asText());
            }
            problem.path("errors").forEach(error -> parts.add(error.isTextual() ? error.asText()
                    : (error.path("field").asText("") + " " + error.path("message").asText("")).trim()));
            if (problem.path("rules").size() > 0) {
                parts.add("Policy rules: " + problem.get("rules").toString().replaceAll("[\\[\\]\"]", "").replace(",", ", ") + ".");
            }
            return parts.isEmpty() ? "sharing-service refused the decision." : String.join(" ", parts);
        } catch (Exception unreadable) {
            return "sharing-service refused the decision (status " + e.getResponse().getStatus() + ").";
        }
    }

    /** The decided share, or the refusal in words with its status. */
    @io.quarkus.qute.TemplateData
    public record Outcome(SharingClient.ShareRequest share, int status, String refusal) {
        static Outcome refused(int status, String why) {
            return new Outcome(null, status, why);
        }
    }
}
