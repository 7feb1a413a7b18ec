package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.Protocol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A protocol as staff and the DPO see it. */
public record ProtocolView(String id, String partnerId, String purpose, String triggerCircumstances,
                           ProtocolRequest.Method method, List<String> securityMeasures, List<String> limitsOnUse,
                           List<String> dataCategories, int staleConsentAfterDays, String status,
                           LocalDate reviewDate, Instant createdAt, Instant updatedAt) {

    static ProtocolView of(Protocol p) {
        return new ProtocolView(p.id().toString(), p.partnerId(), p.purpose(), p.triggerCircumstances(),
                new ProtocolRequest.Method(p.method().channel(), p.method().sender(), p.method().namedRecipient()),
                p.securityMeasures(), p.limitsOnUse(), p.dataCategories(), p.staleConsentAfterDays(),
                p.status().name(), p.reviewDate(), p.createdAt(), p.updatedAt());
    }
}
