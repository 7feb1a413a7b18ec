package org.infoshare.sharing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The DPO's decision on a share awaiting them, always with a written justification (P2.1). */
public record DpoDecisionRequest(@NotNull Boolean approve,
                                 @NotBlank @Size(min = 20, max = 4000) String justification) {
}
