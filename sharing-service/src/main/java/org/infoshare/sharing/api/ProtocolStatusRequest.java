package org.infoshare.sharing.api;

import jakarta.validation.constraints.NotNull;
import org.infoshare.sharing.domain.ProtocolStatus;

/** Moves a protocol on: agreed, suspended, expired (P1.2). */
public record ProtocolStatusRequest(@NotNull ProtocolStatus status) {
}
