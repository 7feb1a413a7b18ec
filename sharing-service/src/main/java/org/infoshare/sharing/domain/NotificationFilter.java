package org.infoshare.sharing.domain;

import java.util.Optional;
import java.util.UUID;

/** Which recipient notifications a list shows: by partner, by release, only unanswered, only escalated. */
public record NotificationFilter(Optional<String> partnerId, Optional<UUID> releaseId, boolean unansweredOnly,
                                 boolean escalatedOnly) {
}
