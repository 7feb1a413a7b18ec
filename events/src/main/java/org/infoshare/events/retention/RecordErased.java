package org.infoshare.events.retention;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.DomainEvent;
import org.infoshare.events.Nullable;
import org.infoshare.events.vocabulary.ErasureAction;

/**
 * Emitted by any service for each record its retention step removed (P13.1), as the audit trail's
 * proof that expired records were deleted or anonymised.
 *
 * @param service The service that held the record.
 * @param recordKind The kind of record, as named in that service's retention settings.
 * @param recordId The removed record's id.
 * @param subjectId The pseudonymous person it concerned, if any.
 * @param action Deleted or anonymised.
 * @param retentionPeriod The period that had passed, ISO-8601 (e.g. P6Y).
 * @param erasedAt When it was removed.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RecordErased(
        String service,
        String recordKind,
        String recordId,
        @Nullable String subjectId,
        ErasureAction action,
        String retentionPeriod,
        Instant erasedAt) implements DomainEvent {

    public RecordErased {
        requireNonNull(service, "service");
        requireNonNull(recordKind, "recordKind");
        requireNonNull(recordId, "recordId");
        requireNonNull(action, "action");
        requireNonNull(retentionPeriod, "retentionPeriod");
        requireNonNull(erasedAt, "erasedAt");
    }

    /** The person's events stay in order with their other events' key; records of nobody by their id. */
    @Override
    public String partitionKey() {
        return subjectId != null ? subjectId : recordId;
    }
}
