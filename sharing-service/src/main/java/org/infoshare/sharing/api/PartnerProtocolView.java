package org.infoshare.sharing.api;

import org.infoshare.events.vocabulary.ReleaseChannel;
import org.infoshare.sharing.domain.Protocol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A protocol as the partner it binds sees it: what, why, how and the limits, but not the named
 * recipient (a person; staff and the DPO see it, decrypted, in {@link ProtocolView}).
 */
public record PartnerProtocolView(String id, String partnerId, String purpose, String triggerCircumstances,
                                  ReleaseChannel channel, String sender, List<String> securityMeasures,
                                  List<String> limitsOnUse, List<String> dataCategories, int staleConsentAfterDays,
                                  String status, LocalDate reviewDate, Instant updatedAt) {

    static PartnerProtocolView of(Protocol p) {
        return new PartnerProtocolView(p.id().toString(), p.partnerId(), p.purpose(), p.triggerCircumstances(),
                p.method().channel(), p.method().sender(), p.securityMeasures(), p.limitsOnUse(), p.dataCategories(),
                p.staleConsentAfterDays(), p.status().name(), p.reviewDate(), p.updatedAt());
    }
}
