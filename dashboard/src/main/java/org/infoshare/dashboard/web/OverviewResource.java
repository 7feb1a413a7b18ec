package org.infoshare.dashboard.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.infoshare.dashboard.service.OverviewService;
import org.infoshare.dashboard.service.Panel;

/**
 * The overview for staff and the DPO: propagations in flight, shares awaiting the DPO, open
 * breaches, subject access requests, consents due for re-confirmation, protocols due for review,
 * declared conflicts and escalations. The page renders every panel; each panel then refreshes
 * alone (htmx) when the live stream names it.
 */
@Path("/overview")
@RolesAllowed({Viewer.STAFF, Viewer.DPO})
public class OverviewResource {

    private final SecurityIdentity identity;
    private final OverviewService overview;
    private final Template page;
    private final Template propagations;
    private final Template shares;
    private final Template breaches;
    private final Template subjectAccess;
    private final Template reconfirmations;
    private final Template protocolsDue;
    private final Template conflicts;
    private final Template escalations;

    public OverviewResource(SecurityIdentity identity, OverviewService overview,
                            @Location("overview.html") Template page,
                            @Location("panels/propagations.html") Template propagations,
                            @Location("panels/shares.html") Template shares,
                            @Location("panels/breaches.html") Template breaches,
                            @Location("panels/subject-access.html") Template subjectAccess,
                            @Location("panels/reconfirmations.html") Template reconfirmations,
                            @Location("panels/protocols-due.html") Template protocolsDue,
                            @Location("panels/conflicts.html") Template conflicts,
                            @Location("panels/escalations.html") Template escalations) {
        this.identity = identity;
        this.overview = overview;
        this.page = page;
        this.propagations = propagations;
        this.shares = shares;
        this.breaches = breaches;
        this.subjectAccess = subjectAccess;
        this.reconfirmations = reconfirmations;
        this.protocolsDue = protocolsDue;
        this.conflicts = conflicts;
        this.escalations = escalations;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return page.data("viewer", Viewer.of(identity)).data("title", "Overview")
                .data("propagations", panel(Panel.PROPAGATIONS).render())
                .data("shares", panel(Panel.SHARES).render())
                .data("breaches", panel(Panel.BREACHES).render())
                .data("subjectAccess", panel(Panel.SUBJECT_ACCESS).render())
                .data("reconfirmations", panel(Panel.RECONFIRMATIONS).render())
                .data("protocolsDue", panel(Panel.PROTOCOLS_DUE).render())
                .data("conflicts", panel(Panel.CONFLICTS).render())
                .data("escalations", panel(Panel.ESCALATIONS).render());
    }

    /** One panel's content, for htmx to swap in when the live stream names it. */
    @GET
    @Path("/panels/{panel}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance panel(@PathParam("panel") String name) {
        for (Panel panel : Panel.values()) {
            if (panel.eventName().equals(name) && panel != Panel.TRAIL) {
                return panel(panel);
            }
        }
        throw new NotFoundException();
    }

    private TemplateInstance panel(Panel panel) {
        return switch (panel) {
            case PROPAGATIONS -> propagations.data("panel", overview.propagations());
            case SHARES -> shares.data("panel", overview.awaitingDpo()).data("viewer", Viewer.of(identity));
            case BREACHES -> breaches.data("panel", overview.openBreaches());
            case SUBJECT_ACCESS -> subjectAccess.data("panel", overview.subjectAccessRequests());
            case RECONFIRMATIONS -> reconfirmations.data("panel", overview.reconfirmations());
            case PROTOCOLS_DUE -> protocolsDue.data("panel", overview.protocolsDue());
            case CONFLICTS -> conflicts.data("panel", overview.openConflicts());
            case ESCALATIONS -> escalations.data("panel", overview.escalations());
            case TRAIL -> throw new NotFoundException();
        };
    }
}
