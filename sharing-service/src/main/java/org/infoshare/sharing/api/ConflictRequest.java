package org.infoshare.sharing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** P5.1: what in the protocol conflicts with which law (no personal data). */
public record ConflictRequest(@NotBlank @Size(min = 10, max = 4000) String description,
                              @NotBlank @Size(max = 500) String legalBasis) {
}
