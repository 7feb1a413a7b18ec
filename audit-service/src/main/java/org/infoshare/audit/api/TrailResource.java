package org.infoshare.audit.api;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.infoshare.audit.domain.EntryKind;
import org.infoshare.audit.domain.TrailQuery;
import org.infoshare.audit.service.TrailService;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;
import org.infoshare.web.Roles;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

@Path("/api/v1/trail")
@Tag(name = "Audit trail")
@Produces(MediaType.APPLICATION_JSON)
public class TrailResource {

    static final String NDJSON = "application/x-ndjson";

    private final TrailService trail;

    public TrailResource(TrailService trail) {
        this.trail = trail;
    }

    @GET
    @Path("/entries")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Trail entries in trail order, by event type, subject, actor, kind and time of occurrence")
    public Uni<Page<TrailEntryView>> list(@QueryParam("type") @Size(max = 200) String type,
                                          @QueryParam("subject") @Size(max = 200) String subject,
                                          @QueryParam("actor") @Size(max = 200) String actor,
                                          @QueryParam("kind") @Size(max = 20) String kind,
                                          @QueryParam("from") @Size(max = 40) String from,
                                          @QueryParam("to") @Size(max = 40) String to,
                                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        TrailQuery query = new TrailQuery(Optional.ofNullable(type), Optional.ofNullable(subject),
                Optional.ofNullable(actor), Optional.ofNullable(kind).map(TrailResource::kind),
                Optional.ofNullable(from).map(value -> instant("from", value)),
                Optional.ofNullable(to).map(value -> instant("to", value)));
        return trail.find(query, page, size).map(found -> found.map(TrailEntryView::of));
    }

    @GET
    @Path("/subjects/{subject}/timeline")
    @RolesAllowed({Roles.AUDITOR, Roles.DPO})
    @Operation(summary = "Everything that happened to one pseudonymous subject, in order of occurrence")
    public Uni<Page<TrailEntryView>> timeline(@PathParam("subject") @NotBlank @Size(max = 200) String subject,
                                              @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                              @QueryParam("size") @DefaultValue("500") @Min(1) @Max(5000) int size) {
        return trail.timeline(subject, page, size).map(found -> found.map(TrailEntryView::of));
    }

    @GET
    @Path("/export")
    @Produces(NDJSON)
    @RolesAllowed(Roles.AUDITOR)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Entries from a leaf index on, one JSON object per line (JSON lines), streamed; page with fromSeq")
    public Multi<TrailEntryView> export(@QueryParam("fromSeq") @DefaultValue("0") @Min(0) long fromSeq,
                                        @QueryParam("limit") @DefaultValue("10000") @Min(1) @Max(100000) int limit) {
        return trail.export(fromSeq, limit).map(TrailEntryView::of);
    }

    private static EntryKind kind(String code) {
        try {
            return EntryKind.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "kind must be event, dead-letter or retention");
        }
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST, name + " must be an ISO-8601 instant, e.g. 2026-05-01T00:00:00Z");
        }
    }
}
