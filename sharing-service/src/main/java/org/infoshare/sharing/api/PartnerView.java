package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.Partner;

import java.time.Instant;
import java.util.List;

/** A partner as staff and the DPO see it: whether a webhook secret is set, never the secret. */
public record PartnerView(String id, String name, String kind, String smallProviderKind, List<String> purposes,
                          String webhookUrl, boolean webhookSecretSet, List<String> safeguardingRoutes,
                          Instant registeredAt, Instant updatedAt) {

    static PartnerView of(Partner partner) {
        return new PartnerView(partner.id(), partner.name(), partner.kind().name(),
                partner.smallProviderKind().map(Enum::name).orElse(null), partner.purposes(),
                partner.webhookUrl().map(Object::toString).orElse(null), partner.webhookSecretSet(),
                partner.safeguardingRoutes().stream().map(Enum::name).toList(), partner.registeredAt(), partner.updatedAt());
    }
}
