package org.infoshare.audit.domain.misuse;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A report of unusual access for the DPO (P15.2): which rule, whose reads (an opaque user id),
 * how many people they showed, the window and the first and last read, and the DPO's decision.
 */
public record MisuseReport(UUID id, MisuseRule rule, String actorId, Instant windowStart, Instant windowEnd,
                           Instant firstReadAt, Instant lastReadAt, int subjectCount, int readCount,
                           ReportStatus status, Instant raisedAt, Optional<String> decidedBy,
                           Optional<Instant> decidedAt, Optional<String> dpoNote) {
}
