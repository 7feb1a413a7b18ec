package org.infoshare.breach.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.infoshare.breach.domain.ActionKind;

import java.time.LocalDate;

/**
 * P14.4: one remedial action with its owner (an opaque staff id or a team, never a name) and the
 * day it is due.
 */
public record NewActionRequest(@NotNull ActionKind kind, @NotBlank @Size(max = 2000) String description,
                               @NotBlank @Size(max = 200) String owner, @NotNull LocalDate dueOn) {
}
