package org.infoshare.dashboard.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.infoshare.dashboard.service.Panel;
import org.infoshare.dashboard.service.WithdrawalService;

/**
 * One withdrawal's propagation for staff and the DPO (issue 13): every recipient record, onward
 * children nested under their parent, delivery and answers. The recipients part refreshes alone
 * (htmx) when the live stream names the propagations, as the overview's panel does.
 */
@Path("/withdrawals/{consentId}")
@RolesAllowed({Viewer.STAFF, Viewer.DPO})
public class WithdrawalResource {

    private final SecurityIdentity identity;
    private final WithdrawalService withdrawals;
    private final Template page;
    private final Template recipients;

    public WithdrawalResource(SecurityIdentity identity, WithdrawalService withdrawals,
                              @Location("withdrawal.html") Template page,
                              @Location("panels/withdrawal.html") Template recipients) {
        this.identity = identity;
        this.withdrawals = withdrawals;
        this.page = page;
        this.recipients = recipients;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("consentId") String consentId) {
        return page.data("viewer", Viewer.of(identity)).data("title", "Withdrawal")
                .data("consentId", consentId).data("event", Panel.PROPAGATIONS.eventName())
                .data("recipients", panel(consentId).render());
    }

    /** The recipients part alone, for htmx to swap in when the live stream names the propagations. */
    @GET
    @Path("/panel")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance panel(@PathParam("consentId") String consentId) {
        return recipients.data("withdrawal", withdrawals.withdrawal(consentId));
    }
}
