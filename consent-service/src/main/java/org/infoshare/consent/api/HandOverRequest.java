package org.infoshare.consent.api;

import jakarta.validation.constraints.NotNull;
import org.infoshare.events.vocabulary.HandOverChannel;

/** How the DPO handed a legal-duty disclosure to its recipient (P2.1). */
public record HandOverRequest(@NotNull HandOverChannel channel) {
}
