package org.infoshare.dashboard.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.infoshare.dashboard.client.PersonClient;
import org.infoshare.dashboard.service.PersonPageService;
import org.infoshare.dashboard.service.PersonPageService.Answer;

import java.net.URI;
import java.util.List;

/**
 * Issue 13 item 4(a): the pages a person reaches from the one-time link in their letter or e-mail,
 * without an account. Opening the link shows a button: redeeming on a plain GET would let a mail
 * scanner that follows links use it up. The button redeems it (once) and keeps the session handle in
 * this page's own cookie (HttpOnly, SameSite=Strict, Secure over https, path /person, 30 minutes),
 * never in a URL; the person then sees who received their data and for what, and can withdraw
 * consent or ask for their data. Strict same-site cookies keep other sites from posting the forms.
 */
@Path("/person")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PersonResource {

    static final String COOKIE = "infoshare-person";

    private final PersonPageService people;
    private final Template open;
    private final Template page;
    private final Template problem;

    public PersonResource(PersonPageService people, @Location("person-link.html") Template open,
                          @Location("person.html") Template page, @Location("person-problem.html") Template problem) {
        this.people = people;
        this.open = open;
        this.page = page;
        this.problem = problem;
    }

    @GET
    @Path("/{token}")
    public TemplateInstance openLink(@PathParam("token") String token) {
        return open.data("viewer", Viewer.of(null)).data("title", "Your information").data("token", token);
    }

    @POST
    @Path("/{token}")
    public Response redeem(@PathParam("token") String token, @Context UriInfo uri) {
        Answer<PersonClient.Session> session = people.redeem(token);
        if (!session.ok()) {
            return problem(session.status(), session.problem());
        }
        boolean https = "https".equalsIgnoreCase(uri.getRequestUri().getScheme());
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(session.value().handle()).path("/person")
                .httpOnly(true).secure(https).sameSite(NewCookie.SameSite.STRICT).maxAge(30 * 60).build();
        return Response.seeOther(URI.create("/person")).cookie(cookie).build();
    }

    @GET
    public Response view(@CookieParam(COOKIE) String handle, @QueryParam("done") String done) {
        if (handle == null || handle.isBlank()) {
            return problem(401, "Please open the link in your letter or e-mail to see this page.");
        }
        Answer<PersonClient.PersonPage> found = people.view(handle);
        if (!found.ok()) {
            return problem(found.status(), found.problem());
        }
        return Response.ok(page(found.value(), done, null, null)).build();
    }

    @POST
    @Path("/withdrawals")
    public Response withdraw(@CookieParam(COOKIE) String handle, @FormParam("consentId") String consentId,
                             @FormParam("scope") String scope, @FormParam("purpose") List<String> purposes,
                             @FormParam("recipient") List<String> recipients) {
        if (handle == null || handle.isBlank()) {
            return problem(401, "Please open the link in your letter or e-mail to see this page.");
        }
        boolean whole = "whole".equals(scope);
        List<String> chosenPurposes = purposes == null ? List.of() : purposes;
        List<String> chosenRecipients = recipients == null ? List.of() : recipients;
        if (!whole && (!"part".equals(scope) || chosenPurposes.isEmpty() && chosenRecipients.isEmpty())) {
            return again(handle, consentId, "Choose whether to withdraw all of this consent, or tick at least one "
                    + "purpose or organisation to withdraw.");
        }
        Answer<PersonClient.WithdrawalOutcome> outcome = people.withdraw(handle, consentId, whole,
                whole ? List.of() : chosenPurposes, whole ? List.of() : chosenRecipients);
        if (!outcome.ok()) {
            return outcome.status() == 410 || outcome.status() == 404 ? problem(outcome.status(), outcome.problem())
                    : again(handle, consentId, outcome.problem());
        }
        return Response.seeOther(URI.create("/person?done=withdrawn")).build();
    }

    @POST
    @Path("/subject-access-requests")
    public Response requestAccess(@CookieParam(COOKIE) String handle) {
        if (handle == null || handle.isBlank()) {
            return problem(401, "Please open the link in your letter or e-mail to see this page.");
        }
        Answer<PersonClient.SubjectAccessRequest> request = people.requestAccess(handle);
        if (!request.ok()) {
            return problem(request.status(), request.problem());
        }
        return Response.seeOther(URI.create("/person?done=requested")).build();
    }

    /** The page again with what went wrong next to the consent's form (nothing was changed). */
    private Response again(String handle, String consentId, String why) {
        Answer<PersonClient.PersonPage> found = people.view(handle);
        if (!found.ok()) {
            return problem(found.status(), found.problem());
        }
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(found.value(), null, consentId, why).render()).build();
    }

    private TemplateInstance page(PersonClient.PersonPage person, String done, String failedId, String why) {
        return page.data("viewer", Viewer.of(null)).data("title", "Your information").data("person", person)
                .data("done", done).data("failedId", failedId).data("why", why);
    }

    private Response problem(int status, String why) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(problem.data("viewer", Viewer.of(null)).data("title", "Your information").data("why", why)
                        .render()).build();
    }
}
