package org.infoshare.sharing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.infoshare.sharing.domain.ConflictDeclaration;

/**
 * P5.1: the DPO's resolution of a declared conflict: PROTOCOL_REINSTATED (agreed again once no
 * other conflict on it is open) or PROTOCOL_EXPIRED (ended), always with written reasons.
 */
public record ConflictResolutionRequest(@NotNull ConflictDeclaration.Outcome outcome,
                                        @NotBlank @Size(min = 20, max = 4000) String reasons) {
}
