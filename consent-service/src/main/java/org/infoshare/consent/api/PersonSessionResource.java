package org.infoshare.consent.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.consent.service.PersonLinkService;
import org.infoshare.consent.service.PersonLinkService.Outcome;
import org.infoshare.web.ProblemType;
import org.infoshare.web.Roles;

import java.util.List;
import java.util.function.Function;

/**
 * Issue 13 item 4(a): what a person does in the short session their link opened, through the
 * dashboard's person-portal account: see who received their data and for what, withdraw consent
 * (channel WEB) and ask for their data. 404 for an unknown session, 410 for an ended one; every use
 * and refused use emits person-link-used.
 */
@Path("/api/v1/person-sessions/{handle}")
@Tag(name = "Person links")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PERSON_PORTAL)
public class PersonSessionResource {

    private final PersonLinkService links;

    public PersonSessionResource(PersonLinkService links) {
        this.links = links;
    }

    @GET
    @Operation(summary = "The organisations that received the person's data and for what, and their consents; "
            + "emits person-link-used (VIEWED)")
    public Uni<PersonPageView> view(@PathParam("handle") @Size(max = 100) String handle) {
        return links.view(handle).map(outcome -> answer(outcome, PersonPageView::of));
    }

    @POST
    @Path("/withdrawals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The person's withdrawal, whole or in part, by channel WEB (P6.8); emits consent-withdrawn "
            + "(when anything changed) and person-link-used")
    public Uni<PersonWithdrawalView> withdraw(@PathParam("handle") @Size(max = 100) String handle,
                                              @Valid @NotNull PersonWithdrawalRequest request) {
        return links.withdraw(handle, request.consentId(), request.whole(), orEmpty(request.purposes()),
                        orEmpty(request.recipientPartnerIds()))
                .map(outcome -> answer(outcome, done -> new PersonWithdrawalView(done.changed(),
                        PersonPageView.own(done.consent()))));
    }

    @POST
    @Path("/subject-access-requests")
    @Operation(summary = "The person's subject access request, channel WEB (P12.2); staff verify their identity as for "
            + "any request; emits subject-access-requested and person-link-used")
    public Uni<Response> requestAccess(@PathParam("handle") @Size(max = 100) String handle) {
        return links.requestAccess(handle).map(outcome -> answer(outcome,
                request -> Response.status(Response.Status.CREATED).entity(SubjectAccessRequestView.of(request)).build()));
    }

    private static <T, R> R answer(Outcome<T> outcome, Function<T, R> done) {
        return done.apply(outcome.orProblem(ProblemType.GONE));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
