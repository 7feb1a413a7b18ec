package org.infoshare.sharing.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13 item 4b: a small provider's link works once, before it expires, for its own purpose. */
class ProviderLinkRefusalTest {

    private static final Instant ISSUED = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant EXPIRES = ISSUED.plusSeconds(14 * 24 * 3600);

    private static ProviderLink link(Optional<Instant> usedAt) {
        return new ProviderLink(UUID.randomUUID(), ProviderLinkPurpose.ANSWER_NOTIFICATION, UUID.randomUUID(),
                "care-home-1", ISSUED, EXPIRES, usedAt);
    }

    @Test
    @DisplayName("Issue 13 4b: an unused link before its expiry may be used for its purpose")
    void usable() {
        assertThat(link(Optional.empty()).refusal(ProviderLinkPurpose.ANSWER_NOTIFICATION, EXPIRES.minusSeconds(1)))
                .isEmpty();
    }

    @Test
    @DisplayName("Issue 13 4b: used, expired (at the instant of expiry too) and another purpose are refused, used first")
    void refusals() {
        ProviderLink unused = link(Optional.empty());
        assertThat(unused.refusal(ProviderLinkPurpose.ANSWER_NOTIFICATION, EXPIRES))
                .contains(ProviderLink.Refusal.EXPIRED);
        assertThat(unused.refusal(ProviderLinkPurpose.ACKNOWLEDGE_GUIDANCE, ISSUED))
                .contains(ProviderLink.Refusal.WRONG_PURPOSE);
        assertThat(link(Optional.of(ISSUED)).refusal(ProviderLinkPurpose.ACKNOWLEDGE_GUIDANCE, EXPIRES.plusSeconds(1)))
                .contains(ProviderLink.Refusal.ALREADY_USED);
    }

    @Test
    @DisplayName("Issue 13 4b: tokens are 256 random bits in base64url (43 characters), stored as their SHA-256")
    void tokens() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = ProviderLinkToken.generate();
            assertThat(ProviderLinkToken.wellFormed(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
        String token = seen.iterator().next();
        assertThat(ProviderLinkToken.hash(token)).hasSize(64).isEqualTo(ProviderLinkToken.hash(token))
                .doesNotContain(token);
        assertThat(ProviderLinkToken.wellFormed(token + "=")).isFalse();
        assertThat(ProviderLinkToken.wellFormed("short")).isFalse();
        assertThat(ProviderLinkToken.wellFormed(null)).isFalse();
    }
}
