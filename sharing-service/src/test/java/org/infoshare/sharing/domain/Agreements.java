package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.ReleaseChannel;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Domain objects for the rule tests. */
final class Agreements {

    static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-06-01");

    private Agreements() {
    }

    static Partner provider(String id, String... purposes) {
        return new Partner(id, "Provider " + id, PartnerKind.SERVICE_PROVIDER, Optional.empty(), List.of(purposes),
                Optional.of(URI.create("https://" + id + ".example/hooks")), true, List.of(), NOW, NOW);
    }

    static Partner pharmacy(String id, String... purposes) {
        return new Partner(id, "Pharmacy " + id, PartnerKind.SMALL_PROVIDER, Optional.of(SmallProviderKind.PHARMACY),
                List.of(purposes), Optional.empty(), false, List.of(), NOW, NOW);
    }

    static Protocol protocol(String partnerId, String purpose, ProtocolStatus status, LocalDate reviewDate) {
        return new Protocol(UUID.randomUUID(), partnerId, purpose, "monthly themes",
                new DisclosureMethod(ReleaseChannel.SECURE_API, "intelligence team", "Named Contact"),
                List.of("encrypted in transit"), List.of("no onward sharing"), List.of("experience", "service-used"),
                180, status, reviewDate, NOW, NOW);
    }

    /** P5.1: the partner attested both halves for the protocol a day before NOW, and no conflict is open. */
    static ProtocolSafeguards attested(Protocol protocol) {
        return new ProtocolSafeguards(List.of(), Optional.of(attestation(protocol, true, true, NOW.minus(Duration.ofDays(1)))));
    }

    static Attestation attestation(Protocol protocol, boolean securityMeasuresMet, boolean staffInformed, Instant at) {
        return new Attestation(UUID.randomUUID(), protocol.id(), protocol.partnerId(), securityMeasuresMet,
                staffInformed, Optional.empty(), "partner-user-1", at);
    }

    static GuidanceNote guidance(int version, String... purposes) {
        return new GuidanceNote(UUID.randomUUID(), SmallProviderKind.PHARMACY, version, List.of(purposes),
                List.of("experience"), "secure e-mail to the practice inbox", List.of("locked storage"),
                List.of("no onward sharing"), 90, NOW);
    }
}
