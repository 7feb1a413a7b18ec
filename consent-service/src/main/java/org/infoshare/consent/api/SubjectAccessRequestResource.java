package org.infoshare.consent.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.consent.service.SubjectAccessAnswerService;
import org.infoshare.consent.service.SubjectAccessService;
import org.infoshare.web.Caller;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;
import org.infoshare.web.IdempotencyKeys;
import org.infoshare.web.PersonalData;
import org.infoshare.web.Roles;

import java.util.UUID;

@PersonalData
@Path("/api/v1/subject-access-requests")
@Tag(name = "Subject access requests")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectAccessRequestResource {

    private final SubjectAccessService service;
    private final SubjectAccessAnswerService answers;
    private final SecurityIdentity identity;
    private final IdempotencyKeys idempotency;

    public SubjectAccessRequestResource(SubjectAccessService service, SubjectAccessAnswerService answers,
                                        SecurityIdentity identity, IdempotencyKeys idempotency) {
        this.service = service;
        this.answers = answers;
        this.identity = identity;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DPO, Roles.CHIEF_EXECUTIVE})
    @Operation(summary = "Record a subject access request received by any channel (P12.2)")
    public Uni<Response> receive(@Valid @NotNull ReceiveSubjectAccessRequest request, UriInfo uri,
                                 @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Caller caller = Caller.of(identity);
        return idempotency.run(idempotencyKey, caller, "receive-subject-access-request", request,
                () -> service.receive(request.subjectId(), request.channel(), request.receivedAt(), caller.actorId())
                        .map(saved -> IdempotencyKeys.Answer.created(
                                uri.getAbsolutePathBuilder().path(saved.id().toString()).build(),
                                SubjectAccessRequestView.of(saved))));
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.DPO, Roles.CHIEF_EXECUTIVE})
    @Operation(summary = "Subject access requests, soonest due first")
    public Uni<Page<SubjectAccessRequestView>> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                    @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return service.byDueDate(page, size)
                .map(found -> found.map(SubjectAccessRequestView::of));
    }

    @POST
    @Path("/{id}/identity-verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DPO, Roles.CHIEF_EXECUTIVE})
    @Operation(summary = "Record how the requester's identity was verified (P12.2); ends a pause for identity")
    public Uni<SubjectAccessRequestView> verifyIdentity(@PathParam("id") UUID id,
                                                        @Valid @NotNull SubjectAccessSteps.VerifyIdentity step) {
        return service.verifyIdentity(id, step.method(), Caller.of(identity).actorId()).map(SubjectAccessRequestView::of);
    }

    @POST
    @Path("/{id}/pauses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DPO, Roles.CHIEF_EXECUTIVE})
    @Operation(summary = "Pause the deadline while waiting for identity or clarification (P12.2)")
    public Uni<SubjectAccessRequestView> pause(@PathParam("id") UUID id, @Valid @NotNull SubjectAccessSteps.Pause step) {
        return service.pause(id, step.reason()).map(SubjectAccessRequestView::of);
    }

    @POST
    @Path("/{id}/resumptions")
    @RolesAllowed({Roles.STAFF, Roles.DPO, Roles.CHIEF_EXECUTIVE})
    @Operation(summary = "Resume a paused request; the days paused move the deadline")
    public Uni<SubjectAccessRequestView> resume(@PathParam("id") UUID id) {
        return service.resume(id).map(SubjectAccessRequestView::of);
    }

    @POST
    @Path("/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DPO, Roles.CHIEF_EXECUTIVE})
    @Operation(summary = "Extend a complex request by up to two months in all, with the reason (P12.2)")
    public Uni<SubjectAccessRequestView> extend(@PathParam("id") UUID id, @Valid @NotNull SubjectAccessSteps.Extend step) {
        return service.extend(id, step.months(), step.reason()).map(SubjectAccessRequestView::of);
    }

    @GET
    @Path("/{id}/answer")
    @RolesAllowed({Roles.STAFF, Roles.DPO, Roles.CHIEF_EXECUTIVE})
    @Operation(summary = "The assembled answer once the requester's identity is verified: consent-service's part, every other service's part with its completeness, what is missing, and its review and release (P12.2); the read is recorded (P6.1)")
    public Uni<SubjectAccessAnswerView> answer(@PathParam("id") UUID id) {
        Caller caller = Caller.of(identity);
        return answers.answer(id, caller.actorId(), caller.primaryRole()).map(SubjectAccessAnswerView::of);
    }

    @POST
    @Path("/{id}/answer/review")
    @RolesAllowed({Roles.DPO, Roles.CHIEF_EXECUTIVE})
    @Operation(summary = "The DPO has reviewed the assembled answer; refused (409) while a part is missing (P12.2)")
    public Uni<SubjectAccessAnswerView> review(@PathParam("id") UUID id) {
        return answers.review(id, Caller.of(identity).actorId()).map(SubjectAccessAnswerView::of);
    }

    @POST
    @Path("/{id}/answer/release")
    @RolesAllowed({Roles.DPO, Roles.CHIEF_EXECUTIVE})
    @Operation(summary = "Release the reviewed answer to the person, once; a second release is refused (409) (P12.2)")
    public Uni<SubjectAccessAnswerView> release(@PathParam("id") UUID id) {
        return answers.release(id, Caller.of(identity).actorId()).map(SubjectAccessAnswerView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.DPO, Roles.CHIEF_EXECUTIVE})
    @Operation(summary = "One subject access request")
    public Uni<SubjectAccessRequestView> get(@PathParam("id") UUID id) {
        return service.find(id).map(found -> found.map(SubjectAccessRequestView::of).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "No subject access request " + id)));
    }
}
