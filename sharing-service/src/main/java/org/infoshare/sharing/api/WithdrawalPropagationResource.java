package org.infoshare.sharing.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.messaging.access.PersonalDataReads;
import org.infoshare.sharing.service.RecipientNotificationService;
import org.infoshare.web.Caller;
import org.infoshare.web.PersonalData;
import org.infoshare.web.Roles;

import java.util.UUID;

/** One consent's withdrawal propagation as a whole, for the dashboard's withdrawal page (P6.8, P10.1). */
@PersonalData
@Path("/api/v1/withdrawal-propagations")
@Tag(name = "Releases and propagation")
@Produces(MediaType.APPLICATION_JSON)
public class WithdrawalPropagationResource {

    /** As many recipient records as the propagation is tested at (PropagationScaleTest). */
    static final int MAX_RECIPIENTS = 1000;

    private final RecipientNotificationService notifications;
    private final PersonalDataReads reads;
    private final SecurityIdentity identity;

    public WithdrawalPropagationResource(RecipientNotificationService notifications, PersonalDataReads reads,
                                         SecurityIdentity identity) {
        this.notifications = notifications;
        this.reads = reads;
        this.identity = identity;
    }

    @GET
    @Path("/{consentId}")
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "Every recipient record a consent's withdrawals reached, onward children naming their parent, with delivery, answers and lawful conditions (P6.8, P10.1); 404 when none; recorded (P6.1)")
    public Uni<WithdrawalPropagationView> propagation(@PathParam("consentId") UUID consentId) {
        // P6.1: the propagation names one person; recorded once per view
        return reads.recorded(Caller.of(identity).reader(), "withdrawal-propagation-review",
                () -> notifications.propagationOf(consentId, MAX_RECIPIENTS).map(WithdrawalPropagationView::of),
                view -> SeenViews.seen(view.subjectId(), "withdrawal-propagation/" + consentId));
    }
}
