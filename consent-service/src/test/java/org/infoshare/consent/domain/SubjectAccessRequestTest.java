package org.infoshare.consent.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubjectAccessRequestTest {

    private static SubjectAccessRequest receivedOn31January() {
        return SubjectAccessRequest.received(UUID.randomUUID(), "subject-1", SubjectAccessRequest.RequestChannel.PHONE,
                Instant.parse("2026-01-31T10:00:00Z"), "staff-1", Instant.parse("2026-01-31T10:05:00Z"));
    }

    @Test
    @DisplayName("P12.2 a request waits for identity first; verification starts the work")
    void identityComesFirst() {
        SubjectAccessRequest request = receivedOn31January();
        assertThat(request.status()).isEqualTo(SubjectAccessRequest.Status.AWAITING_IDENTITY);
        assertThat(request.identityVerified()).isFalse();
        SubjectAccessRequest verified = request.verified(new SubjectAccessRequest.IdentityVerification(
                "photo ID seen", "staff-2", Instant.parse("2026-02-02T09:00:00Z")), LocalDate.of(2026, 2, 2));
        assertThat(verified.status()).isEqualTo(SubjectAccessRequest.Status.IN_PROGRESS);
        assertThat(verified.dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    @DisplayName("P12.2 days paused for identity or clarification move the deadline by as many days")
    void pausesMoveTheDeadline() {
        SubjectAccessRequest paused = receivedOn31January().paused(SubjectAccessRequest.PauseReason.CLARIFICATION,
                LocalDate.of(2026, 2, 3));
        assertThat(paused.status()).isEqualTo(SubjectAccessRequest.Status.PAUSED);
        SubjectAccessRequest resumed = paused.resumed(LocalDate.of(2026, 2, 13));
        assertThat(resumed.pausedDays()).isEqualTo(10);
        assertThat(resumed.dueDate()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    @DisplayName("P12.2 verifying identity ends a pause for identity")
    void verificationEndsAPauseForIdentity() {
        SubjectAccessRequest paused = receivedOn31January().paused(SubjectAccessRequest.PauseReason.IDENTITY,
                LocalDate.of(2026, 1, 31));
        SubjectAccessRequest verified = paused.verified(new SubjectAccessRequest.IdentityVerification("known to staff",
                "staff-2", Instant.parse("2026-02-05T09:00:00Z")), LocalDate.of(2026, 2, 5));
        assertThat(verified.pause()).isEmpty();
        assertThat(verified.pausedDays()).isEqualTo(5);
        assertThat(verified.status()).isEqualTo(SubjectAccessRequest.Status.IN_PROGRESS);
    }

    @Test
    @DisplayName("P12.2 a complex request may be extended by up to two months in all, with a reason")
    void extensionIsCappedAtTwoMonths() {
        SubjectAccessRequest extended = receivedOn31January().extended(2, "records held in three services");
        assertThat(extended.dueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(extended.extensionReason()).contains("records held in three services");
        assertThatThrownBy(() -> receivedOn31January().extended(1, "a").extended(2, "b"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
