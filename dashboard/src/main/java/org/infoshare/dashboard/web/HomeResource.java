package org.infoshare.dashboard.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The landing page (after sign-in, the page of the user's role) and the page after sign-out. */
@Path("/")
public class HomeResource {

    private final SecurityIdentity identity;
    private final Template signedOut;

    public HomeResource(SecurityIdentity identity, @Location("signed-out.html") Template signedOut) {
        this.identity = identity;
        this.signedOut = signedOut;
    }

    @GET
    @RolesAllowed({Viewer.STAFF, Viewer.DPO, Viewer.AUDITOR, Viewer.CHIEF_EXECUTIVE})
    public Response home() {
        return Response.seeOther(URI.create(Viewer.of(identity).home())).build();
    }

    /** Where Keycloak sends the browser back after signing out (RP-initiated logout). */
    @GET
    @Path("signed-out")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signedOut() {
        return signedOut.data("viewer", Viewer.of(null)).data("title", "Signed out");
    }
}
