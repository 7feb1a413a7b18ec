package org.infoshare.audit.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The DPO's reason for dismissing, or note on escalating, a misuse report. */
public record MisuseDecisionRequest(@NotBlank @Size(max = 2000) String reason) {
}
