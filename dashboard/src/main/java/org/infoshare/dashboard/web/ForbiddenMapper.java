package org.infoshare.dashboard.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/**
 * A signed-in user without a dashboard role (a partner's user, say) gets a page saying so, with
 * status 403. A service refusing the user (403) says the same; a service no longer accepting the
 * user's token (401: the session ended at Keycloak) ends the dashboard session, which signs in
 * again; a service down or failing gets a page naming what failed, never a stack trace.
 */
public class ForbiddenMapper {

    private final SecurityIdentity identity;
    private final Template forbidden;
    private final Template unavailable;

    public ForbiddenMapper(SecurityIdentity identity, @Location("forbidden.html") Template forbidden,
                           @Location("unavailable.html") Template unavailable) {
        this.identity = identity;
        this.forbidden = forbidden;
        this.unavailable = unavailable;
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden() {
        return page(Response.Status.FORBIDDEN, forbidden.data("viewer", Viewer.of(identity)).data("title", "No access")
                .render());
    }

    @ServerExceptionMapper(ClientWebApplicationException.class)
    public Response serviceRefused(ClientWebApplicationException e) {
        int status = e.getResponse() == null ? 502 : e.getResponse().getStatus();
        if (status == 403) {
            return forbidden();
        }
        if (status == 401) {
            return Response.seeOther(URI.create("/sign-out")).build();
        }
        return unavailable("answered with status " + status);
    }

    @ServerExceptionMapper(ProcessingException.class)
    public Response serviceDown(ProcessingException e) {
        return unavailable("could not be reached");
    }

    private Response unavailable(String what) {
        return page(Response.Status.BAD_GATEWAY, unavailable.data("viewer", Viewer.of(identity))
                .data("title", "Service unavailable").data("what", what).render());
    }

    private static Response page(Response.Status status, String html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
