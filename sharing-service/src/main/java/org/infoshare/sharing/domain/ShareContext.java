package org.infoshare.sharing.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a share decision reads, gathered from sharing-service's own tables: the request, the
 * recipient, what governs the flow (P1.2/P1.3), and the consent as projected from consent-events.
 */
public record ShareContext(ShareRequest request, Optional<Partner> partner, RegularFlowRule.Result flow,
                           Optional<ConsentProjection> consent, Instant now) {

    public ShareContext {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(now, "now");
    }
}
