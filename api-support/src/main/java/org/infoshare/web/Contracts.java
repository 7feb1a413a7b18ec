package org.infoshare.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The configured contracts ({@link ContractSettings}), read once: resolving a request's
 * {@code contractId} is a map look-up, no query.
 */
@ApplicationScoped
public class Contracts {

    /** The request field naming a contract, as problems name it. */
    public static final String FIELD = "contractId";

    private final Map<String, Contract> byId;
    private final Contract defaultContract;

    public Contracts(ContractSettings settings) {
        this.byId = settings.contracts().entrySet().stream()
                .map(e -> new Contract(e.getKey(), e.getValue().name(), e.getValue().council(),
                        e.getValue().councilFoiContact().orElse(null)))
                .collect(Collectors.toUnmodifiableMap(Contract::id, Function.identity()));
        this.defaultContract = byId.get(settings.defaultContract());
        if (defaultContract == null) {
            throw new IllegalStateException("infoshare.contracts.default=" + settings.defaultContract()
                    + " names no configured contract (infoshare.contracts.\"<id>\".name)");
        }
    }

    /** Every contract, by id. */
    public List<Contract> all() {
        return byId.values().stream().sorted(Comparator.comparing(Contract::id)).toList();
    }

    public Contract defaultContract() {
        return defaultContract;
    }

    /**
     * The contract a request names, or the default when it names none.
     *
     * @throws ProblemException 422 naming the {@code contractId} field when the id is unknown
     */
    public Contract resolve(String contractId) {
        if (contractId == null) {
            return defaultContract;
        }
        Contract found = byId.get(contractId);
        if (found == null) {
            throw unknown(contractId);
        }
        return found;
    }

    /** Whether a {@code ?contractId=} filter names a configured contract (null: no filter). */
    public String filter(String contractId) {
        if (contractId != null && !byId.containsKey(contractId)) {
            throw unknown(contractId);
        }
        return contractId;
    }

    private static ProblemException unknown(String contractId) {
        String detail = "Unknown contract '" + contractId + "'; GET /api/v1/contracts lists them";
        return new ProblemException(ProblemType.UNPROCESSABLE, detail,
                List.of(new Problem.FieldError(FIELD, "no contract with this id")));
    }
}
