package org.infoshare.sharing.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One recipient record a withdrawal reached (P6.8), with the release it was passed on from when it
 * is an onward child (P10.1), so a page can nest children under their parent.
 */
public record PropagationRecord(RecipientNotification notification, Optional<UUID> parentReleaseId) {

    public PropagationRecord {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(parentReleaseId, "parentReleaseId");
    }
}
