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
import org.infoshare.dashboard.client.SubjectAccessClient;
import org.infoshare.dashboard.service.OverviewService;
import org.infoshare.dashboard.service.ServiceRefusal;
import org.infoshare.dashboard.service.SubjectAccessDecisionService;

/**
 * Subject access requests for the DPO (P12.2): the open requests by days left, and one request
 * with a form to extend it by one or two months with the reason. The form posts, then redirects to
 * the request (POST-redirect-GET); consent-service's refusal re-shows the form as filled in.
 */
@Path("/subject-access")
@RolesAllowed({Viewer.DPO, Viewer.CHIEF_EXECUTIVE})
@Produces(MediaType.TEXT_HTML)
public class SubjectAccessResource {

    private final SecurityIdentity identity;
    private final SubjectAccessDecisionService requests;
    private final OverviewService overview;
    private final Template list;
    private final Template request;

    public SubjectAccessResource(SecurityIdentity identity, SubjectAccessDecisionService requests,
                                 OverviewService overview,
                                 @Location("dpo/subject-access-list.html") Template list,
                                 @Location("dpo/subject-access.html") Template request) {
        this.identity = identity;
        this.requests = requests;
        this.overview = overview;
        this.list = list;
        this.request = request;
    }

    @GET
    public TemplateInstance list() {
        return list.data("viewer", Viewer.of(identity)).data("title", "Subject access requests")
                .data("panel", overview.subjectAccessRequests());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance request(@PathParam("id") String id, @QueryParam("extended") boolean extended) {
        return page(id, "", "", null).data("extended", extended);
    }

    @POST
    @Path("/{id}/extension")
    public Response extend(@PathParam("id") String id, @FormParam("months") String months,
                           @FormParam("reason") String reason) {
        ServiceRefusal.Result<SubjectAccessClient.Request> result = requests.extend(id, months, reason);
        if (result.refused()) {
            return BreachDecisionsResource.html(result.status(), page(id, months, reason, result.refusal())
                    .data("extended", false));
        }
        return Response.seeOther(UriBuilder.fromPath("/subject-access/{id}").queryParam("extended", true).build(id))
                .build();
    }

    private TemplateInstance page(String id, String months, String reason, String refusal) {
        return request.data("viewer", Viewer.of(identity)).data("title", "Subject access request")
                .data("request", requests.request(id)).data("months", months == null ? "" : months)
                .data("reason", reason == null ? "" : reason).data("refusal", refusal);
    }
}
