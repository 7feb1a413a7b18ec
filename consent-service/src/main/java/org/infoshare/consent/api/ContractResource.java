package org.infoshare.consent.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.web.Contract;
import org.infoshare.web.Contracts;

import java.util.List;

/** The Healthwatch contracts the organisation runs (configuration shared by every service). */
@Path("/api/v1/contracts")
@Tag(name = "Contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {

    private final Contracts contracts;

    public ContractResource(Contracts contracts) {
        this.contracts = contracts;
    }

    /** The contracts and which one a record naming none belongs to. */
    public record ContractsView(String defaultContractId, List<Contract> items) {
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "The organisation's Healthwatch contracts, each with its council; any signed-in role")
    public Uni<ContractsView> list() {
        return Uni.createFrom().item(new ContractsView(contracts.defaultContract().id(), contracts.all()));
    }
}
