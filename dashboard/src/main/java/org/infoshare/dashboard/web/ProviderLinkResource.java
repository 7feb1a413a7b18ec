package org.infoshare.dashboard.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.infoshare.dashboard.service.ProviderLinkPages;
import org.infoshare.dashboard.service.ProviderLinkPages.Failure;
import org.infoshare.dashboard.service.ProviderLinkPages.Outcome;

/**
 * Issue 13 item 4b: a small provider's page from the link in its withdrawal notice or guidance
 * note. No account and no session: the token in the path is the authority, and sharing-service
 * checks it (bound to one partner, one purpose, once, until it expires).
 */
@Path("/provider/{token}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ProviderLinkResource {

    private final ProviderLinkPages links;
    private final Template page;
    private final Template done;
    private final Template gone;

    public ProviderLinkResource(ProviderLinkPages links, @Location("provider-link.html") Template page,
                                @Location("provider-link-done.html") Template done,
                                @Location("provider-link-gone.html") Template gone) {
        this.links = links;
        this.page = page;
        this.done = done;
        this.gone = gone;
    }

    @GET
    public Response show(@PathParam("token") String token) {
        Outcome<?> link = links.view(token);
        return link.ok() ? html(200, form(token, link, null, null)) : failed(link);
    }

    @POST
    @Path("/answer")
    public Response answer(@PathParam("token") String token, @FormParam("response") String response,
                           @FormParam("lawfulBasis") String lawfulBasis,
                           @FormParam("article9Condition") String article9Condition,
                           @FormParam("justification") String justification) {
        Outcome<?> answered = links.answer(token, response, lawfulBasis, article9Condition, justification);
        if (answered.ok()) {
            return html(200, done.data("viewer", Viewer.of(null)).data("title", "Answer recorded")
                    .data("answered", answered.value()).data("acknowledged", null));
        }
        return refusedOrGone(token, answered, new Entered(response, lawfulBasis, article9Condition, justification));
    }

    @POST
    @Path("/acknowledge")
    public Response acknowledge(@PathParam("token") String token, @FormParam("confirm") String confirm) {
        Outcome<?> acknowledged = links.acknowledge(token, "yes".equals(confirm));
        if (acknowledged.ok()) {
            return html(200, done.data("viewer", Viewer.of(null)).data("title", "Guidance acknowledged")
                    .data("answered", null).data("acknowledged", acknowledged.value()));
        }
        return refusedOrGone(token, acknowledged, new Entered(null, null, null, null));
    }

    /** What the provider entered, shown again with the refusal. */
    @io.quarkus.qute.TemplateData
    public record Entered(String response, String lawfulBasis, String article9Condition, String justification) {
    }

    private Response refusedOrGone(String token, Outcome<?> outcome, Entered entered) {
        if (outcome.failure() != Failure.REFUSED) {
            return failed(outcome);
        }
        Outcome<?> link = links.view(token);
        return link.ok() ? html(422, form(token, link, outcome.reason(), entered)) : failed(link);
    }

    private TemplateInstance form(String token, Outcome<?> link, String refusal, Entered entered) {
        return page.data("viewer", Viewer.of(null)).data("title", "Your answer is requested")
                .data("token", token).data("link", link.value()).data("refusal", refusal)
                .data("entered", entered == null ? new Entered(null, null, null, null) : entered);
    }

    private Response failed(Outcome<?> outcome) {
        int status = switch (outcome.failure()) {
            case UNKNOWN -> 404;
            case USED, EXPIRED -> 410;
            default -> 503;
        };
        String title = switch (outcome.failure()) {
            case UNKNOWN -> "This link is not recognised";
            case USED -> "This link has already been used";
            case EXPIRED -> "This link has expired";
            default -> "The service is unavailable";
        };
        return html(status, gone.data("viewer", Viewer.of(null)).data("title", title)
                .data("failure", outcome.failure().name()).data("reason", outcome.reason()));
    }

    private static Response html(int status, TemplateInstance body) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(body.render()).build();
    }
}
