package org.infoshare.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;

import java.util.Map;
import java.util.Optional;

/**
 * The Healthwatch contracts the organisation runs (issue 12 item 6), the same for every service:
 * {@code infoshare.contracts."hw-rutland".name=Healthwatch Rutland}, {@code .council=},
 * {@code .council-foi-contact=} (the council's FOI team, an organisational address) and
 * {@code infoshare.contracts.default=} for records created without a contract. Read through
 * {@link Contracts}.
 */
@ConfigMapping(prefix = "infoshare.contracts")
public interface ContractSettings {

    /** The contract a record belongs to when its request names none; must be one of {@link #contracts()}. */
    @WithName("default")
    String defaultContract();

    @WithParentName
    Map<String, ContractSetting> contracts();

    interface ContractSetting {
        String name();

        /** The council responsible for the contract: FOI requests are handed to it (P12.1). */
        String council();

        /** The council's FOI team (an organisational address, never a person's). */
        Optional<String> councilFoiContact();
    }
}
