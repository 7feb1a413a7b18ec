package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.SafeguardingRoute;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered partner (P1.1). Its id is the {@code partner_id} claim its users' and systems'
 * tokens carry. The webhook signing secret is never part of the domain record: only whether one is
 * set. A safeguarding team names the routes it takes (P3.1); any other partner takes none.
 */
public record Partner(String id, String name, PartnerKind kind, Optional<SmallProviderKind> smallProviderKind,
                      List<String> purposes, Optional<URI> webhookUrl, boolean webhookSecretSet,
                      List<SafeguardingRoute> safeguardingRoutes, Instant registeredAt, Instant updatedAt) {

    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(smallProviderKind, "smallProviderKind");
        purposes = List.copyOf(purposes);
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        safeguardingRoutes = List.copyOf(safeguardingRoutes);
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public boolean isSmallProvider() {
        return kind == PartnerKind.SMALL_PROVIDER;
    }

    /** P3.1: a safeguarding team that takes referrals on this route. */
    public boolean takesSafeguarding(SafeguardingRoute route) {
        return kind == PartnerKind.SAFEGUARDING_TEAM && safeguardingRoutes.contains(route);
    }

    /** P6.2(b): the purposes the partner is agreed to receive data for. */
    public boolean agreedFor(String purpose) {
        return purposes.contains(purpose);
    }
}
