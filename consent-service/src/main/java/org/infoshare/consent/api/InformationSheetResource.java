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
import org.infoshare.consent.service.InformationSheetService;
import org.infoshare.web.Caller;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;
import org.infoshare.web.IdempotencyKeys;
import org.infoshare.web.Roles;

import java.util.Optional;
import java.util.UUID;

/** Information sheets per piece of work, versioned (P6.5). */
@Path("/api/v1/information-sheets")
@Tag(name = "Information sheets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.DPO})
public class InformationSheetResource {

    private final InformationSheetService sheets;
    private final SecurityIdentity identity;
    private final IdempotencyKeys idempotency;

    public InformationSheetResource(InformationSheetService sheets, SecurityIdentity identity,
                                    IdempotencyKeys idempotency) {
        this.sheets = sheets;
        this.identity = identity;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the next version of a piece of work's information sheet")
    public Uni<Response> publish(@Valid @NotNull PublishInformationSheetRequest request, UriInfo uri,
                                 @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        if (blank(request.text()) && blank(request.documentReference())) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "An information sheet needs its text or a document reference");
        }
        return idempotency.run(idempotencyKey, Caller.of(identity), "publish-information-sheet", request,
                () -> sheets.publish(request.pieceOfWork(), request.title(), request.text(), request.documentReference(),
                        Caller.of(identity).actorId())
                        .map(sheet -> IdempotencyKeys.Answer.created(
                                uri.getAbsolutePathBuilder().path(sheet.id().toString()).build(),
                                InformationSheetView.of(sheet))));
    }

    @GET
    @Operation(summary = "Information sheets, by piece of work and version")
    public Uni<Page<InformationSheetView>> list(@QueryParam("pieceOfWork") String pieceOfWork,
                                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return sheets.list(Optional.ofNullable(pieceOfWork), page, size).map(found -> found.map(InformationSheetView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One information sheet version")
    public Uni<InformationSheetView> get(@PathParam("id") UUID id) {
        return sheets.find(id).map(found -> found.map(InformationSheetView::of).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "No information sheet " + id)));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
