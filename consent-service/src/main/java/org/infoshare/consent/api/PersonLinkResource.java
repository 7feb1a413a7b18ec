package org.infoshare.consent.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.consent.service.PersonLinkService;
import org.infoshare.web.Caller;
import org.infoshare.web.PersonalData;
import org.infoshare.web.ProblemType;
import org.infoshare.web.Roles;

import java.util.UUID;

/**
 * Issue 13 item 4(a): staff issue a person a one-time link, sent to the contact details in the
 * vault the way breach notices are; the answer never holds the token. The dashboard's person-portal
 * account redeems it, once, for a short session ({@link PersonSessionResource}).
 */
@Path("/api/v1/person-links")
@Tag(name = "Person links")
@Produces(MediaType.APPLICATION_JSON)
public class PersonLinkResource {

    private final PersonLinkService links;
    private final SecurityIdentity identity;

    public PersonLinkResource(PersonLinkService links, SecurityIdentity identity) {
        this.links = links;
        this.identity = identity;
    }

    @POST
    @PersonalData
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a person's one-time link and queue the letter or e-mail carrying it (the vault read is "
            + "recorded); 202 with the link id, never the token; 422 when the vault holds no address; emits person-link-issued")
    public Uni<Response> issue(@Valid @NotNull IssuePersonLinkRequest request) {
        Caller caller = Caller.of(identity);
        return links.issue(request.subjectId(), caller.actorId(), caller.primaryRole())
                .map(outcome -> Response.accepted(PersonLinkView.of(outcome.orProblem(ProblemType.UNPROCESSABLE))).build());
    }

    @GET
    @PersonalData
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Path("/{linkId}/letter")
    @Operation(summary = "The letter or e-mail carrying the link, to print or send; the purpose is required and the "
            + "read is recorded (P6.1)")
    public Uni<PersonLinkLetterView> letter(@PathParam("linkId") UUID linkId,
                                                @QueryParam("purpose") @NotBlank @Size(max = 200) String purpose) {
        Caller caller = Caller.of(identity);
        return links.letter(linkId, caller.actorId(), caller.primaryRole(), purpose).map(PersonLinkLetterView::of);
    }

    @POST
    @RolesAllowed(Roles.PERSON_PORTAL)
    @Path("/{token}/redeem")
    @Operation(summary = "Redeem a link, once, for a 30-minute session handle (the dashboard keeps it in its own cookie); "
            + "404 unknown, 410 used or expired; emits person-link-used, refusals too")
    public Uni<PersonSessionView> redeem(@PathParam("token") @Size(max = 100) String token) {
        return links.redeem(token).map(outcome -> outcome.orProblem(ProblemType.GONE))
                .map(session -> new PersonSessionView(session.handle(), session.expiresAt()));
    }
}
