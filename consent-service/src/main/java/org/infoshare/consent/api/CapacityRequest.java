package org.infoshare.consent.api;

import jakarta.validation.constraints.NotNull;
import org.infoshare.consent.domain.Capacity;

/** The outcome of a capacity assessment (P6.9). */
public record CapacityRequest(@NotNull Capacity.Status status) {
}
