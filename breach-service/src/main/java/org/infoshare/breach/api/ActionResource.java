package org.infoshare.breach.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.infoshare.breach.service.ActionService;
import org.infoshare.breach.service.BreachReportService;
import org.infoshare.web.Caller;
import org.infoshare.web.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/breaches/{id}")
@Tag(name = "Breaches")
@Produces(MediaType.APPLICATION_JSON)
public class ActionResource {

    private final ActionService service;
    private final BreachReportService breaches;
    private final SecurityIdentity identity;

    public ActionResource(ActionService service, BreachReportService breaches, SecurityIdentity identity) {
        this.service = service;
        this.breaches = breaches;
        this.identity = identity;
    }

    @POST
    @Path("/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Record an owned, dated remedial action (P14.4)")
    public Uni<Response> add(@PathParam("id") UUID id, @Valid @NotNull NewActionRequest request) {
        return service.add(id, new ActionService.NewAction(request.kind(), request.description(), request.owner(),
                        request.dueOn()), Caller.of(identity).actorId())
                .map(saved -> Response.status(Response.Status.CREATED).entity(ActionView.of(saved, breaches.now()))
                        .build());
    }

    @GET
    @Path("/actions")
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "The remedial actions of a breach")
    public Uni<List<ActionView>> list(@PathParam("id") UUID id) {
        return service.list(id).map(found -> found.stream().map(a -> ActionView.of(a, breaches.now())).toList());
    }

    @POST
    @Path("/actions/{actionId}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "Record that an action is done, with its outcome (P14.4)")
    public Uni<ActionView> done(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
                                @Valid @NotNull CompleteActionRequest request) {
        return service.complete(id, actionId, request.outcome(), Caller.of(identity).actorId())
                .map(a -> ActionView.of(a, breaches.now()));
    }

    @POST
    @Path("/close")
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Close the breach once every action is done (P14.4); emits breach-closed")
    public Uni<BreachView> close(@PathParam("id") UUID id) {
        return service.close(id).map(breach -> BreachView.of(breach, breaches.now(), List.of()));
    }
}
