package org.infoshare.breach.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AffectedPartiesTest {

    @Test
    @DisplayName("P14.1 the traced releases give the distinct people, the direct and onward recipients, the records and categories")
    void tracedReleasesGiveWhoIsAffected() {
        List<TracedRelease> traced = List.of(
                release("subj-1", "partner-a", 0, "health"),
                release("subj-2", "partner-a", 0, "experience"),
                release("subj-1", "partner-c", 1, "health"),
                release(null, "partner-a", 0, "aggregate"));

        AffectedParties affected = AffectedParties.of(traced, List.of("contact"));

        assertThat(affected.subjectIds()).containsExactly("subj-1", "subj-2");
        assertThat(affected.approximateSubjects()).isEqualTo(2);
        assertThat(affected.approximateRecords()).isEqualTo(4);
        assertThat(affected.recipients()).containsExactly("partner-a");
        assertThat(affected.onwardRecipients()).containsExactly("partner-c");
        assertThat(affected.dataCategories()).containsExactly("aggregate", "contact", "experience", "health");
    }

    @Test
    @DisplayName("P14.1 a report that names no release affects nobody traceable but keeps its data categories")
    void nothingTraced() {
        AffectedParties affected = AffectedParties.of(List.of(), List.of("health"));
        assertThat(affected.subjectIds()).isEmpty();
        assertThat(affected.approximateRecords()).isZero();
        assertThat(affected.dataCategories()).containsExactly("health");
    }

    private static TracedRelease release(String subject, String partner, int depth, String category) {
        return new TracedRelease(UUID.randomUUID(), Optional.ofNullable(subject), partner, depth, List.of(category));
    }
}
