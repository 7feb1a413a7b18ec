package org.infoshare.sharing.domain;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered partner (P1.1). Its id is the {@code partner_id} claim its users' and systems'
 * tokens carry. The webhook signing secret is never part of the domain record: only whether one is
 * set.
 */
public record Partner(String id, String name, PartnerKind kind, Optional<SmallProviderKind> smallProviderKind,
                      List<String> purposes, Optional<URI> webhookUrl, boolean webhookSecretSet,
                      Instant registeredAt, Instant updatedAt) {

    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(smallProviderKind, "smallProviderKind");
        purposes = List.copyOf(purposes);
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public boolean isSmallProvider() {
        return kind == PartnerKind.SMALL_PROVIDER;
    }

    /** P6.2(b): the purposes the partner is agreed to receive data for. */
    public boolean agreedFor(String purpose) {
        return purposes.contains(purpose);
    }
}
