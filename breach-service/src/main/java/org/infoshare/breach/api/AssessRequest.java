package org.infoshare.breach.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.infoshare.events.vocabulary.Likelihood;
import org.infoshare.events.vocabulary.Severity;

import java.util.List;

/**
 * P14.2: the DPO's risk assessment: likelihood and severity of harm, the factors weighed (type and
 * sensitivity of the data, how many people, ease of identification, who received it, ...), the
 * likely consequences for people, and the reasons for the decision on reporting.
 */
public record AssessRequest(
        @NotNull Likelihood likelihood,
        @NotNull Severity severity,
        @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 500) String> factors,
        @NotBlank @Size(max = 4000) String consequences,
        @NotBlank @Size(max = 4000) String reasons) {
}
