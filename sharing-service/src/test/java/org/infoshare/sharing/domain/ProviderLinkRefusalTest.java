package org.infoshare.sharing.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
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
}
