package org.infoshare.dashboard.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.infoshare.dashboard.client.SharingClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

import java.util.Map;

/** The DPO's decision on a held share, through sharing-service, and its refusals in words. */
@ApplicationScoped
public class DecisionService {

    private final SharingClient sharing;
    private final OverviewService overview;

    public DecisionService(@RestClient SharingClient sharing, OverviewService overview) {
        this.sharing = sharing;
        this.overview = overview;
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
            ServiceRefusal.Result<Void> refused = ServiceRefusal.of(e, "sharing-service",
                    Map.of("justification", "Justification"));
            return Outcome.refused(refused.status(), refused.refusal());
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
