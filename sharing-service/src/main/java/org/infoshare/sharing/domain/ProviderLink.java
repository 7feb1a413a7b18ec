package org.infoshare.sharing.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A small provider's signed link (issue 13 item 4b): bound to one purpose, one target (a recipient
 * notification or a guidance note) and one partner; it expires and works once.
 */
public record ProviderLink(UUID id, ProviderLinkPurpose purpose, UUID targetId, String partnerId, Instant issuedAt,
                           Instant expiresAt, Optional<Instant> usedAt) {

    /** Why a known link is refused. */
    public enum Refusal { ALREADY_USED, EXPIRED, WRONG_PURPOSE }

    public ProviderLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(usedAt, "usedAt");
    }

    /** Why this link may not be used now for that purpose; empty when it may. Used before expired: both are final. */
    public Optional<Refusal> refusal(ProviderLinkPurpose attempted, Instant now) {
        if (usedAt.isPresent()) {
            return Optional.of(Refusal.ALREADY_USED);
        }
        if (!now.isBefore(expiresAt)) {
            return Optional.of(Refusal.EXPIRED);
        }
        if (attempted != purpose) {
            return Optional.of(Refusal.WRONG_PURPOSE);
        }
        return Optional.empty();
    }
}
