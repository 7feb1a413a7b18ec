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
import org.infoshare.dashboard.service.DecisionService;

/**
 * The DPO's decisions: each share the rules held for the DPO, with a form to approve or refuse it
 * with a written justification. The decision goes to sharing-service with the DPO's own token;
 * what it refuses is shown in words, and nothing changes.
 */
@Path("/decisions")
@RolesAllowed(Viewer.DPO)
public class DecisionsResource {

    private final SecurityIdentity identity;
    private final DecisionService decisions;
    private final Template page;

    public DecisionsResource(SecurityIdentity identity, DecisionService decisions,
                             @Location("decisions.html") Template page) {
        this.identity = identity;
        this.decisions = decisions;
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("decided") String decided, @QueryParam("outcome") String outcome) {
        return render(null, null, null).data("decided", decided).data("outcome", outcome);
    }

    @POST
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response decide(@PathParam("id") String id, @FormParam("decision") String decision,
                           @FormParam("justification") String justification) {
        DecisionService.Outcome outcome = decisions.decide(id, decision, justification);
        if (outcome.refusal() != null) {
            return Response.status(outcome.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(render(id, outcome.refusal(), justification).data("decided", null).data("outcome", null)
                            .render())
                    .build();
        }
        return Response.seeOther(UriBuilder.fromPath("/decisions").queryParam("decided", id)
                .queryParam("outcome", outcome.share().outcome()).build()).build();
    }

    private TemplateInstance render(String failedId, String refusal, String justification) {
        return page.data("viewer", Viewer.of(identity)).data("title", "DPO decisions")
                .data("panel", decisions.awaiting())
                .data("failedId", failedId).data("refusal", refusal).data("justification", justification);
    }
}
