package org.infoshare.breach.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** P14.4: what the action achieved. */
public record CompleteActionRequest(@NotBlank @Size(max = 4000) String outcome) {
}
