package org.infoshare.web;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.messaging.deadletter.DeadLetterView;
import org.infoshare.messaging.deadletter.DeadLetters;
import org.infoshare.messaging.deadletter.ReplayOutcome;
import org.infoshare.messaging.deadletter.ReplayResult;

import java.util.List;

/**
 * Every service's dead letters, for operators: list them (never their payloads) and replay one or
 * all after a fix, through the service's own consumer and only in this service. Replaying an
 * event already applied changes nothing. One implementation, served by every service.
 */
@Path("/api/v1/ops/dead-letters")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPS)
public class DeadLetterResource {

    /** What a replay of every dead letter did: counts per outcome, and each record's answer. */
    public record ReplayAllResult(int replayed, int applied, int alreadyApplied, int passedOver, int failed,
                                  List<ReplayResult> results) {

        static ReplayAllResult of(List<ReplayResult> results) {
            return new ReplayAllResult(results.size(), count(results, ReplayOutcome.APPLIED),
                    count(results, ReplayOutcome.ALREADY_APPLIED), count(results, ReplayOutcome.PASSED_OVER),
                    count(results, ReplayOutcome.FAILED), results);
        }

        private static int count(List<ReplayResult> results, ReplayOutcome outcome) {
            return (int) results.stream().filter(result -> result.outcome() == outcome).count();
        }
    }

    private final DeadLetters deadLetters;

    public DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(summary = "This service's dead-lettered records: where each lies and came from, why, and its event id "
            + "and type when readable; never the payload. Ordered by partition, then offset")
    public Uni<Page<DeadLetterView>> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return deadLetters.list(page, size)
                .map(found -> new Page<>(found.items(), found.page(), found.size(), found.total()));
    }

    @POST
    @Path("/{partition}/{offset}/replay")
    @Operation(summary = "Apply one dead-lettered record again through this service's consumer: applied, already "
            + "applied (nothing changes), passed over, or failed again with the reason")
    public Uni<ReplayResult> replay(@PathParam("partition") @Min(0) int partition,
                                    @PathParam("offset") @Min(0) long offset) {
        return deadLetters.replay(partition, offset).map(found -> found.orElseThrow(() -> new ProblemException(
                ProblemType.NOT_FOUND, "No dead letter at partition " + partition + ", offset " + offset)));
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Apply every dead-lettered record again, oldest first per partition; idempotent")
    public Uni<ReplayAllResult> replayAll() {
        return deadLetters.replayAll().map(ReplayAllResult::of);
    }
}
