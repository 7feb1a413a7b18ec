package org.infoshare.consent.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.consent.domain.StaffStanding;
import org.infoshare.consent.domain.StaffTraining;
import org.infoshare.consent.service.StaffRegisterService;
import org.infoshare.rules.RuleResult;
import org.infoshare.web.Caller;
import org.infoshare.web.IdempotencyKeys;
import org.infoshare.web.Page;
import org.infoshare.web.Roles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * P15.1: staff are accountable. The register of staff (by their token's subject, an opaque id),
 * their acknowledgements of the policy version in force and their training; the DPO's list of who
 * is outstanding.
 */
@Path("/api/v1/staff")
@Tag(name = "Staff register")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    private final StaffRegisterService register;
    private final SecurityIdentity identity;
    private final IdempotencyKeys idempotency;

    public StaffResource(StaffRegisterService register, SecurityIdentity identity, IdempotencyKeys idempotency) {
        this.register = register;
        this.identity = identity;
        this.idempotency = idempotency;
    }

    /** A staff member entered by the DPO: their user id in the realm (the token's {@code sub}). */
    public record RegisterStaff(@NotBlank @Size(max = 100) String staffId) {
    }

    public record Acknowledge(@NotBlank @Size(max = 40) String policyVersion) {
    }

    public record RecordTraining(@NotBlank @Size(max = 100) String staffId,
                                 @NotBlank @Size(max = 200) String course,
                                 @NotNull @PastOrPresent LocalDate completedOn) {
    }

    public record AcknowledgementView(String staffId, String policyVersion, Instant acknowledgedAt) {
    }

    public record TrainingView(UUID id, String staffId, String course, LocalDate completedOn, String recordedBy,
                               Instant recordedAt) {

        static TrainingView of(StaffTraining t) {
            return new TrainingView(t.id(), t.staffId(), t.course(), t.completedOn(), t.recordedBy(), t.recordedAt());
        }
    }

    /** One staff member of the register and what is outstanding ({@code outstanding}: the rules' explanations). */
    public record StaffStandingView(String staffId, Instant registeredAt, boolean acknowledgedCurrentVersion,
                                    Instant acknowledgedAt, LocalDate lastTrainedOn, String lastCourse,
                                    List<String> outstanding, List<String> rules) {

        static StaffStandingView of(StaffStanding s, List<RuleResult> gaps) {
            return new StaffStandingView(s.staffId(), s.registeredAt(), s.acknowledgedCurrentAt().isPresent(),
                    s.acknowledgedCurrentAt().orElse(null), s.lastTrainedOn().orElse(null), s.lastCourse().orElse(null),
                    gaps.stream().map(RuleResult::explanation).toList(), RuleResult.ids(gaps));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Enter a staff member in the register at induction (P15.1); emits staff-registered; 409 when entered already")
    public Uni<Response> registerStaff(@Valid @NotNull RegisterStaff request) {
        return register.register(request.staffId(), Caller.of(identity).actorId())
                .map(standing -> Response.status(201).entity(StaffStandingView.of(standing, List.of())).build());
    }

    @POST
    @Path("/acknowledgements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DPO, Roles.CHIEF_EXECUTIVE})
    @Operation(summary = "The signed-in staff member acknowledges the policy version in force (P15.1); emits policy-acknowledged; a repeat answers 200 and emits nothing")
    public Uni<Response> acknowledge(@Valid @NotNull Acknowledge request) {
        return register.acknowledge(Caller.of(identity).actorId(), request.policyVersion())
                .map(done -> Response.status(done.created() ? 201 : 200).entity(new AcknowledgementView(
                        done.acknowledgement().staffId(), done.acknowledgement().policyVersion(),
                        done.acknowledgement().acknowledgedAt())).build());
    }

    @POST
    @Path("/training")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Record a staff member's training completion (P15.1, induction); emits training-recorded")
    public Uni<Response> recordTraining(@Valid @NotNull RecordTraining request,
                                        @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Caller caller = Caller.of(identity);
        return idempotency.run(idempotencyKey, caller, "record-staff-training", request,
                () -> register.recordTraining(request.staffId(), request.course(), request.completedOn(), caller.actorId())
                        .map(training -> new IdempotencyKeys.Answer(201, TrainingView.of(training), null)));
    }

    @GET
    @Path("/outstanding")
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Staff of the register who have not acknowledged the policy version in force or have no recorded training (P15.1)")
    public Uni<Page<StaffStandingView>> outstanding(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                    @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return register.outstanding(page, size)
                .map(found -> found.map(o -> StaffStandingView.of(o.standing(), o.gaps())));
    }
}
