package org.infoshare.breach.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.breach.service.BreachLogService;
import org.infoshare.web.Contracts;
import org.infoshare.web.Page;
import org.infoshare.web.Roles;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Art. 33(5): the internal log of every breach, reportable or not, for the DPO. */
@Path("/api/v1/breach-log")
@Tag(name = "Breach log")
public class BreachLogResource {

    static final String CSV = "text/csv";
    static final String JSON_LINES = "application/x-ndjson";

    private final BreachLogService service;
    private final ObjectMapper json;
    private final Contracts contracts;

    public BreachLogResource(BreachLogService service, ObjectMapper json, Contracts contracts) {
        this.contracts = contracts;
        this.service = service;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "The internal breach log, newest breach first, optionally of one contract")
    public Uni<Page<BreachLogEntryView>> list(@QueryParam("contractId") @Size(max = 64) String contractId,
                                              @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                              @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return service.page(Optional.ofNullable(contracts.filter(contractId)), page, size).map(found -> found.map(BreachLogEntryView::of));
    }

    @GET
    @Path("/export")
    @Produces({CSV, JSON_LINES})
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "The whole internal breach log, oldest first, as CSV (format=csv) or JSON lines (format=jsonl), optionally of one contract")
    public Uni<Response> export(@QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|jsonl") String format,
                                @QueryParam("contractId") @Size(max = 64) String contractId) {
        return service.all(Optional.ofNullable(contracts.filter(contractId))).map(entries -> {
            List<BreachLogEntryView> views = entries.stream().map(BreachLogEntryView::of).toList();
            boolean csv = format.equals("csv");
            String body = csv ? csv(views) : jsonLines(views);
            return Response.ok(body, csv ? CSV + ";charset=utf-8" : JSON_LINES)
                    .header("Content-Disposition", "attachment; filename=\"breach-log." + format + "\"")
                    .build();
        });
    }

    private String jsonLines(List<BreachLogEntryView> views) {
        return views.stream().map(view -> {
            try {
                return json.writeValueAsString(view);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }).collect(Collectors.joining("\n", "", views.isEmpty() ? "" : "\n"));
    }

    private static String csv(List<BreachLogEntryView> views) {
        StringBuilder out = new StringBuilder(row(List.copyOf(BreachLogEntryView.CSV_HEADER)));
        views.forEach(view -> out.append(row(view.csvValues())));
        return out.toString();
    }

    /**
     * RFC 4180: every field quoted, quotes doubled, CRLF line ends. Text a partner typed could start
     * with a spreadsheet formula, so such a field is prefixed with an apostrophe (OWASP CSV injection).
     */
    private static String row(List<?> values) {
        return values.stream()
                .map(v -> v == null ? "" : v.toString())
                .map(v -> !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v)
                .map(v -> "\"" + v.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(",", "", "\r\n"));
    }
}
