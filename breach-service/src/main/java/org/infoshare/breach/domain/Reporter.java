package org.infoshare.breach.domain;

import java.util.Optional;

/** Who reported a breach: an opaque actor id, in what capacity, and the partner if one reported. */
public record Reporter(String actorId, Kind kind, Optional<String> partnerId) {

    public enum Kind { STAFF, DPO, PARTNER }
}
