package org.infoshare.sharing.api;

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
import org.infoshare.messaging.access.PersonalDataReads;
import org.infoshare.sharing.domain.LegalDisclosureDraft;
import org.infoshare.sharing.service.LegalDisclosureService;
import org.infoshare.web.Caller;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;
import org.infoshare.web.Roles;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * P2.1: one-off disclosures under a legal duty to a court, the police, a coroner or a tribunal.
 * DPO only: the order is addressed to the organisation and the DPO is who decides a non-consent
 * disclosure, so the DPO records it with the decision in one step.
 */
@Path("/api/v1/legal-disclosures")
@Tag(name = "Legal-duty disclosures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DPO)
public class LegalDisclosureResource {

    private final LegalDisclosureService disclosures;
    private final PersonalDataReads reads;
    private final SecurityIdentity identity;

    public LegalDisclosureResource(LegalDisclosureService disclosures, PersonalDataReads reads,
                                   SecurityIdentity identity) {
        this.disclosures = disclosures;
        this.reads = reads;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the DPO's decision to disclose under a legal duty (P2.1): 422 naming the rules"
            + " when the order reference, the written justification or the reason for not telling the person is"
            + " missing; emits legal-disclosure-approved")
    public Uni<Response> record(@Valid @NotNull LegalDisclosureBody body, UriInfo uri) {
        LegalDisclosureDraft draft = new LegalDisclosureDraft(body.subjectId(), body.recipientKind(),
                body.recipientOrganisation(), Optional.ofNullable(body.orderReference()).filter(s -> !s.isBlank()),
                body.identifiable(), Optional.ofNullable(body.justification()).filter(s -> !s.isBlank()),
                body.tellSubject(), Optional.ofNullable(body.notToldReason()));
        return disclosures.record(draft, Caller.of(identity).actorId())
                .map(saved -> Response.created(uri.getAbsolutePathBuilder().path(saved.id().toString()).build())
                        .entity(LegalDisclosureView.of(saved)).build());
    }

    @GET
    @Operation(summary = "Every legal-duty disclosure, newest first; each person shown is recorded (P6.1)")
    public Uni<Page<LegalDisclosureView>> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                               @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return reads.recorded(Caller.of(identity).reader(), "legal-disclosure-review",
                () -> disclosures.newestFirst(page, size).map(found -> found.map(LegalDisclosureView::of)),
                found -> found.items().stream().map(LegalDisclosureResource::seen).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One legal-duty disclosure, with its hand-over once done; recorded (P6.1)")
    public Uni<LegalDisclosureView> get(@PathParam("id") UUID id) {
        return reads.recorded(Caller.of(identity).reader(), "legal-disclosure-review",
                () -> disclosures.find(id).map(found -> found.map(LegalDisclosureView::of).orElseThrow(() ->
                        new ProblemException(ProblemType.NOT_FOUND, "No legal disclosure " + id))),
                view -> List.of(seen(view)));
    }

    private static PersonalDataReads.Seen seen(LegalDisclosureView view) {
        return new PersonalDataReads.Seen(view.subjectId(), "legal-disclosure/" + view.id());
    }
}
