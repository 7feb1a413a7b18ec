package org.infoshare.events.subjectaccess;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.DomainEvent;
import org.infoshare.events.vocabulary.PartCompleteness;

/**
 * Emitted by sharing-, breach- and audit-service on {@code subject-access-parts}, once per verified
 * subject access request: that service's part of the answer (P12.2), for consent-service to
 * assemble. Pseudonymous: no identifier leaves the vault.
 *
 * @param requestId The subject access request.
 * @param subjectId Pseudonymous data subject id.
 * @param service The service whose part this is; equals the event's source.
 * @param completeness Whether the part holds every record the service has on the person.
 * @param omittedRecords How many records were left out of a PARTIAL part; 0 when COMPLETE.
 * @param records The records, oldest first.
 * @param preparedAt When the part was prepared.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SubjectAccessPartPrepared(
        UUID requestId,
        String subjectId,
        String service,
        PartCompleteness completeness,
        int omittedRecords,
        List<SubjectAccessItem> records,
        Instant preparedAt) implements DomainEvent {

    public SubjectAccessPartPrepared {
        requireNonNull(requestId, "requestId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(service, "service");
        requireNonNull(completeness, "completeness");
        records = List.copyOf(requireNonNull(records, "records"));
        requireNonNull(preparedAt, "preparedAt");
    }

    /**
     * Most records one part carries: well inside the platform's event size, even with long reasons.
     * A service holding more sends the oldest this many, marked PARTIAL with the count left out, so
     * the DPO sees the gap rather than an answer that looks whole.
     */
    public static final int MAX_RECORDS = 1000;

    /**
     * The part of one service, its records oldest first (then by kind and id, so a part prepared
     * twice reads the same), capped at {@code maxRecords}: COMPLETE when all fit, else PARTIAL.
     */
    public static SubjectAccessPartPrepared of(UUID requestId, String subjectId, String service,
                                               List<SubjectAccessItem> records, int maxRecords, Instant preparedAt) {
        List<SubjectAccessItem> ordered = records.stream()
                .sorted(Comparator.comparing(SubjectAccessItem::occurredAt)
                        .thenComparing(SubjectAccessItem::kind).thenComparing(SubjectAccessItem::recordId))
                .toList();
        int omitted = Math.max(0, ordered.size() - maxRecords);
        return new SubjectAccessPartPrepared(requestId, subjectId, service,
                omitted == 0 ? PartCompleteness.COMPLETE : PartCompleteness.PARTIAL, omitted,
                ordered.subList(0, ordered.size() - omitted), preparedAt);
    }

    @Override
    public String partitionKey() {
        return subjectId;
    }
}
