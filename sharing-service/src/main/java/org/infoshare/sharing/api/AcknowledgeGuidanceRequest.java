package org.infoshare.sharing.api;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** A small provider's acknowledgement of the guidance version it received (P1.3). */
public record AcknowledgeGuidanceRequest(@NotNull UUID guidanceNoteId) {
}
