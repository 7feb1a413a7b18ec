package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.PayloadDestructionCause;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to a release after it was stored (P11.1): when it first reached its recipient and
 * by whom (an opaque actor id: the partner's user or system, or the member of staff who sent it),
 * and when and why its payload was destroyed.
 */
public record ReleaseLifecycle(Optional<Instant> deliveredAt, Optional<String> deliveredBy,
                               Optional<Instant> destroyedAt, Optional<PayloadDestructionCause> destructionCause) {

    public ReleaseLifecycle {
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        Objects.requireNonNull(deliveredBy, "deliveredBy");
        Objects.requireNonNull(destroyedAt, "destroyedAt");
        Objects.requireNonNull(destructionCause, "destructionCause");
    }

    /** Just stored: not yet delivered, payload held. */
    public static ReleaseLifecycle stored() {
        return new ReleaseLifecycle(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean delivered() {
        return deliveredAt.isPresent();
    }

    public boolean destroyed() {
        return destroyedAt.isPresent();
    }
}
