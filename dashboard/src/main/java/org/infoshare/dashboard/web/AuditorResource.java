package org.infoshare.dashboard.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.infoshare.dashboard.service.TrailService;

/**
 * The auditor's page: the latest signed checkpoint, and on request a verification of the whole
 * trail or of a range of leaf indexes, with the entry or checkpoint named when one is altered or
 * missing. Verifying changes nothing, so it is a GET form.
 */
@Path("/auditor")
@RolesAllowed(Viewer.AUDITOR)
public class AuditorResource {

    private final SecurityIdentity identity;
    private final TrailService trail;
    private final Template page;
    private final Template checkpoint;

    public AuditorResource(SecurityIdentity identity, TrailService trail, @Location("auditor.html") Template page,
                           @Location("panels/trail.html") Template checkpoint) {
        this.identity = identity;
        this.trail = trail;
        this.page = page;
        this.checkpoint = checkpoint;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("verify") String verify, @QueryParam("from") String from,
                                 @QueryParam("to") String to) {
        TrailService.Check check = verify == null ? null : trail.verify(from, to);
        return page.data("viewer", Viewer.of(identity)).data("title", "Audit trail")
                .data("checkpoint", checkpoint.data("latest", trail.latestCheckpoint()).render())
                .data("check", check).data("from", from == null ? "" : from).data("to", to == null ? "" : to);
    }

    /** The latest checkpoint, refreshed when audit-service signs a new one. */
    @GET
    @Path("/panels/trail")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance checkpoint() {
        return checkpoint.data("latest", trail.latestCheckpoint());
    }
}
