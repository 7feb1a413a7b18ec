package org.infoshare.consent.domain;

import org.infoshare.events.vocabulary.CaptureChannel;
import org.infoshare.events.vocabulary.LawfulBasis;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Consents for the rule tests. */
final class Consents {

    static final Instant GIVEN = Instant.parse("2026-01-15T10:00:00Z");

    private Consents() {
    }

    static ConsentScope scope() {
        return new ConsentScope(List.of("service-improvement", "research"), List.of("experience", "health"),
                List.of("partner-a", "partner-b", "partner-c"), List.of("REGULATOR"));
    }

    static Capture verbal() {
        return new Capture(CaptureChannel.VERBAL, "staff-1", GIVEN, null, "Agreed on the phone after reading sheet v2", null);
    }

    static Consent active(int reconfirmAfterDays, Optional<Instant> expiresAt) {
        return new Consent(UUID.randomUUID(), "subject-1", 1, ConsentState.ACTIVE, scope(), "Stored encrypted; shared pseudonymised",
                LawfulBasis.A, Optional.empty(), verbal(), UUID.randomUUID(), 2, reconfirmAfterDays, expiresAt, GIVEN,
                Optional.empty(), "hw-west-northants");
    }
}
