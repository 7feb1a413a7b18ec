package org.infoshare.events.subjectaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.infoshare.events.vocabulary.PartCompleteness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SubjectAccessPartPreparedTest {

    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    @DisplayName("P12.2 a part holding every record is COMPLETE, its records oldest first")
    void completeOldestFirst() {
        SubjectAccessPartPrepared part = SubjectAccessPartPrepared.of(UUID.randomUUID(), "subj-1", "sharing-service",
                List.of(item("release", T.plusSeconds(60)), item("share-request", T)), 10, T);
        assertEquals(PartCompleteness.COMPLETE, part.completeness());
        assertEquals(0, part.omittedRecords());
        assertEquals(List.of("share-request", "release"), part.records().stream().map(SubjectAccessItem::kind).toList());
    }

    @Test
    @DisplayName("P12.2 a service holding more records than a part carries says so: PARTIAL, with how many were left out")
    void partialSaysHowManyWereLeftOut() {
        SubjectAccessPartPrepared part = SubjectAccessPartPrepared.of(UUID.randomUUID(), "subj-1", "audit-service",
                List.of(item("data-read", T.plusSeconds(2)), item("data-read", T), item("data-read", T.plusSeconds(1))), 2, T);
        assertEquals(PartCompleteness.PARTIAL, part.completeness());
        assertEquals(1, part.omittedRecords());
        assertEquals(List.of(T, T.plusSeconds(1)), part.records().stream().map(SubjectAccessItem::occurredAt).toList());
    }

    private static SubjectAccessItem item(String kind, Instant at) {
        return new SubjectAccessItem(kind, UUID.randomUUID().toString(), null, at, "partner-a", List.of(), null, null);
    }
}
