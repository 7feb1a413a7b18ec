package org.infoshare.sharing.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AttestationTest {

    private static Attestation attestation(boolean security, boolean staff) {
        return new Attestation(UUID.randomUUID(), UUID.randomUUID(), "trust-1", security, staff, Optional.empty(),
                "user-1", Instant.parse("2026-06-01T10:00:00Z"));
    }

    @Test
    @DisplayName("P5.1 an attestation is complete only when both security measures and staff awareness are attested")
    void completeNeedsBoth() {
        assertThat(attestation(true, true).complete()).isTrue();
        assertThat(attestation(true, false).complete()).isFalse();
        assertThat(attestation(false, true).complete()).isFalse();
    }
}
