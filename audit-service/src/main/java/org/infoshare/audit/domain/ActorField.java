package org.infoshare.audit.domain;

import java.util.List;

/** Where an event's data names who acted: the first of these fields present (opaque ids, never names). */
public final class ActorField {

    public static final List<String> NAMES = List.of("recordedBy", "capturedBy", "decidedBy", "requestedBy",
            "referredBy", "assessedBy", "actorId");

    private ActorField() {
    }
}
