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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.consent.domain.Capacity;
import org.infoshare.consent.domain.Identity;
import org.infoshare.consent.service.VaultService;
import org.infoshare.web.Caller;
import org.infoshare.web.IdempotencyKeys;
import org.infoshare.web.PersonalData;
import org.infoshare.web.Roles;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The data subject vault (P6.1, P11.1): only staff and the DPO, and every read is recorded. */
@PersonalData
@Path("/api/v1/subjects")
@Tag(name = "Data subjects")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.DPO})
public class SubjectResource {

    private final VaultService vault;
    private final SecurityIdentity identity;
    private final IdempotencyKeys idempotency;

    public SubjectResource(VaultService vault, SecurityIdentity identity, IdempotencyKeys idempotency) {
        this.vault = vault;
        this.identity = identity;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a person in the vault; answers only their pseudonymous subject id")
    public Uni<Response> register(@Valid @NotNull RegisterSubjectRequest request, UriInfo uri,
                                  @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Identity person = new Identity(request.givenName(), request.familyName(), Optional.ofNullable(request.email()),
                Optional.ofNullable(request.phone()), Optional.ofNullable(request.dateOfBirth()),
                Optional.ofNullable(request.address()).map(a -> new Identity.Address(a.lines(), a.town(), a.postcode())));
        Capacity capacity = request.capacity() == null || request.capacity() == Capacity.Status.NOT_ASSESSED
                ? Capacity.notAssessed()
                : new Capacity(request.capacity(), null, Caller.of(identity).actorId());
        Caller caller = Caller.of(identity);
        return idempotency.run(idempotencyKey, caller, "register-subject", request,
                () -> vault.register(person, capacity, caller.actorId()).map(subjectId -> IdempotencyKeys.Answer.created(
                        uri.getAbsolutePathBuilder().path(subjectId).build(), Map.of("subjectId", subjectId))));
    }

    @GET
    @Path("/{subjectId}")
    @Operation(summary = "A person's identifiers; the purpose is required and the read is recorded (P6.1)")
    public Uni<SubjectView> read(@PathParam("subjectId") @Size(max = 64) String subjectId,
                                 @QueryParam("purpose") @NotBlank @Size(max = 200) String purpose) {
        Caller caller = Caller.of(identity);
        return vault.read(subjectId, caller.actorId(), caller.primaryRole(), purpose).map(SubjectView::of);
    }

    @POST
    @Path("/lookups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Find a person by one exact identifier, through the blind index; recorded (P6.1)")
    public Uni<Map<String, List<String>>> lookup(@Valid @NotNull LookupRequest request) {
        Caller caller = Caller.of(identity);
        return vault.lookup(request.kind(), request.value(), caller.actorId(), caller.primaryRole(), request.purpose())
                .map(subjectIds -> Map.of("subjectIds", subjectIds));
    }

    @PUT
    @Path("/{subjectId}/capacity")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a capacity assessment (P6.9)")
    public Uni<Response> recordCapacity(@PathParam("subjectId") @Size(max = 64) String subjectId,
                                        @Valid @NotNull CapacityRequest request) {
        return vault.recordCapacity(subjectId, request.status(), Caller.of(identity).actorId())
                .replaceWith(Response.noContent().build());
    }
}
