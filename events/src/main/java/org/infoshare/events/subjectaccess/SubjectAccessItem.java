package org.infoshare.events.subjectaccess;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Nullable;

/**
 * One record of a service's part of a subject access answer (P12.2), in one shape for every
 * service: what kind of record, its id, the record it belongs to, when, with whom, which data
 * categories and how it ended. Pseudonymous like every event: organisations and opaque actor ids,
 * never a name or contact detail.
 *
 * @param kind Kind of record, e.g. "share-request", "release", "onward-release", "breach", "data-read".
 * @param recordId The record's id in its service.
 * @param relatedId The record it belongs to (a release's request, an onward release's parent, a notice's breach).
 * @param occurredAt When it happened.
 * @param party The other party: the partner, recipient or the opaque id of who read the data.
 * @param categories Data categories involved.
 * @param outcome How it stands or ended, e.g. a decision's outcome or a partner's answer.
 * @param detail What else the person is owed: a decision's reasons, a purpose, the service that served a read.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SubjectAccessItem(
        String kind,
        String recordId,
        @Nullable String relatedId,
        Instant occurredAt,
        @Nullable String party,
        List<String> categories,
        @Nullable String outcome,
        @Nullable String detail) {

    public SubjectAccessItem {
        requireNonNull(kind, "kind");
        requireNonNull(recordId, "recordId");
        requireNonNull(occurredAt, "occurredAt");
        categories = List.copyOf(requireNonNull(categories, "categories"));
    }
}
