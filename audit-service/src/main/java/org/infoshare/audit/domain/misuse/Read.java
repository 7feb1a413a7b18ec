package org.infoshare.audit.domain.misuse;

import java.time.Instant;
import java.util.Objects;

/** One read of a person's data as the trail holds it (P6.1): its leaf index, who read, whose, when. */
public record Read(long seq, String actorId, String subjectId, Instant at) {

    public Read {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(at, "at");
    }
}
