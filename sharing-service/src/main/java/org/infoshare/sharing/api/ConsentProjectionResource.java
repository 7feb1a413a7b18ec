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
import org.infoshare.sharing.service.ConsentProjectionService;
import org.infoshare.web.Caller;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;
import org.infoshare.web.PersonalData;
import org.infoshare.web.Roles;

import java.util.UUID;

/** The consent projection as share decisions see it: built from consent-events, never asked of consent-service. */
@PersonalData
@Path("/api/v1/consent-projections")
@Tag(name = "Consent projection")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentProjectionResource {

    private final ConsentProjectionService projection;
    private final PersonalDataReads reads;
    private final SecurityIdentity identity;

    public ConsentProjectionResource(ConsentProjectionService projection, PersonalDataReads reads,
                                     SecurityIdentity identity) {
        this.projection = projection;
        this.reads = reads;
        this.identity = identity;
    }

    @GET
    @Path("/{consentId}")
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "What sharing-service knows of a consent: state, version, remaining scope, last confirmation")
    public Uni<ConsentProjectionView> get(@PathParam("consentId") UUID consentId) {
        // P6.1: a person's consent is personal data; reading it is recorded
        return reads.recorded(Caller.of(identity).reader(), "consent-projection-view",
                () -> projection.find(consentId).map(found -> found.map(ConsentProjectionView::of).orElseThrow(() ->
                        new ProblemException(ProblemType.NOT_FOUND, "No consent " + consentId + " known here"))),
                view -> SeenViews.seen(view.subjectId(), "consent-projection/" + consentId));
    }
}
