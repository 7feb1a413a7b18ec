package org.infoshare.breach.domain;

import java.time.Instant;
import java.util.Objects;

/** "Everything we released to this partner between these two times" (both ends included). */
public record PartnerWindow(String partnerId, Instant from, Instant to) {

    public PartnerWindow {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public boolean covers(String partner, Instant releasedAt) {
        return partnerId.equals(partner) && !releasedAt.isBefore(from) && !releasedAt.isAfter(to);
    }
}
